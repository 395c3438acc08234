import numpy as np
a = np.array([3, -1, 4, -1, 5, -9])
a[a < 0] = 0
print(a)
x = np.linspace(-1, 1, 5)
x[x > 0] *= 10
print(x)
