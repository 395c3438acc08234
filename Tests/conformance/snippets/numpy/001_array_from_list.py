import numpy as np
a = np.array([1, 2, 3])
print(a)
print(repr(a))
print(a.dtype, a.shape, a.ndim, a.size)
