import numpy as np
a = np.array([1.0, 2.5, -3.25])
print(a)
print(repr(a))
print(a.dtype)
