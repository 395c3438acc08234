import numpy as np
a = np.array([1, 2.5, 3])
print(repr(a), a.dtype)
b = np.array([True, 2])
print(repr(b), b.dtype)
