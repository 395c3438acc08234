import numpy as np
a = np.arange(5)
b = a.copy()
b[0] = 100
print(a, b)
c = np.copy(a)
c[1] = -1
print(a, c)
