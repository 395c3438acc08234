import numpy as np
m = np.array([[1, 2], [3, 4]])
print(np.tile(m, (1, 2)))
print(np.repeat(m, 2, axis=1))
print(np.repeat(m, 2))
