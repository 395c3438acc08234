import numpy as np
print(np.array([1, 2]).reshape(1, -1).shape)
print(np.array([[1], [2]]).ndim, np.array([[1, 2, 3]]).shape, np.array([[1, 2], [3, 4]]).size)
