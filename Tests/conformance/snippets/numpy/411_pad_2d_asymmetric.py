import numpy as np
m = np.array([[1, 2], [3, 4]])
print(np.pad(m, ((1, 0), (0, 2)), constant_values=-1))
