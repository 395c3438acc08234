import numpy as np
a = np.array([1, 2])
b = np.array([3, 4])
print(np.dstack([a, b]).shape)
print(np.r_[a, b, 0], np.c_[a, b])
