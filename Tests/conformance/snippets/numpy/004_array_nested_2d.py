import numpy as np
m = np.array([[1, 2, 3], [4, 5, 6]])
print(m)
print(repr(m))
print(m.shape, m.ndim, m.size, len(m))
