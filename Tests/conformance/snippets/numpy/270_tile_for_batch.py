import numpy as np
b = np.array([0.1, 0.2])
print(np.tile(b, (3, 1)))
print(np.repeat(np.eye(2), 2, axis=1))
