import numpy as np
a = np.arange(5)
v = a[1:3]
c = a[[1, 2]]
v[0] = -1
c[1] = -2
print(a, v, c)
