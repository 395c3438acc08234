import numpy as np
a = np.array([1, 2, 3], dtype=np.float32)
b = np.array([1.7, -2.7], dtype=np.int64)
c = np.array([0, 1, 2], dtype=bool)
d = np.array([1, 2], dtype="float64")
print(repr(a))
print(repr(b))
print(repr(c))
print(repr(d))
