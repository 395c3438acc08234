import numpy as np
a = np.array(5)
print(a, repr(a), a.shape, a.ndim, a.size)
b = np.array(2.5)
print(repr(b), b + 1, repr(b * 2))
print(repr(np.array(3.0).sum()))
