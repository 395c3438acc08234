import numpy as np
a = np.array([3, 4, 5])
print(repr(a / 2), repr(a // 2), repr(a % 2))
print(repr(a / a), repr(np.array([1]) / np.array([3])))
