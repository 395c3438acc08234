import numpy as np
a = np.array([2 ** 40, 3], dtype=np.int64)
print(a * 2, a.dtype)
print(np.iinfo(np.int64).max, np.finfo(np.float32).eps, np.finfo(np.float64).eps)
