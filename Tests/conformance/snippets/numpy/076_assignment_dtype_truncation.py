import numpy as np
a = np.array([1, 2, 3])
a[0] = 9.9
a[1] = -2.7
print(a, a.dtype)
b = np.array([1.0, 2.0])
b[0] = 5
print(b)
