import numpy as np
a = np.ones((2, 1, 3))
b = np.ones((4, 1))
print((a + b).shape)
print((np.array([1, 2, 3]) + np.zeros((2, 1), dtype=int)))
print((np.zeros((3, 1)) + np.zeros((1, 4))).shape)
