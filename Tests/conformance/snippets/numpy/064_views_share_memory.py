import numpy as np
a = np.arange(10)
s = a[2:5]
s[:] = 0
print(a)
t = a[::2]
t += 100
print(a)
print(np.shares_memory(a, s), np.shares_memory(a, a.copy()))
