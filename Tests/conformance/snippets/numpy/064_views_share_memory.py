import numpy as np
a = np.arange(10)
s = a[2:5]
s[:] = 0
print(a)
t = a[::2]
t += 100
print(a)
c = a.copy()
c[0] = -1
print(a[0], c[0])
