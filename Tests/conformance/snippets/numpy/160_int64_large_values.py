import numpy as np
a = np.array([2 ** 40, 3], dtype=np.int64)
print(a * 2, a.dtype)
print(np.array([10 ** 18]) // 7, np.array([-(2 ** 62)]) + 1)
