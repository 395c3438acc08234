import numpy as np
a = np.arange(3, dtype=np.float64)
b = a.astype(np.float64)
b[0] = 9
print(a, b)
c = a.astype(np.int64)
print(repr(c))
