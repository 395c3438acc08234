import numpy as np
a = np.array([1 / 3, 2 / 3, 1e-5, 123456.789], dtype=np.float32)
print(a)
print(repr(a))
print(a.dtype, a.itemsize)
