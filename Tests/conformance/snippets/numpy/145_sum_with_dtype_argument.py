import numpy as np
a = np.array([1, 2, 3], dtype=np.int64)
print(repr(a.sum(dtype=np.float64)))
print(repr(np.array([0.5, 0.25], dtype=np.float32).sum(dtype=np.float64)))
