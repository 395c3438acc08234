import numpy as np
a = np.arange(5, dtype=float)
a += 1
a *= 2
a -= 0.5
a /= 2
print(a)
b = np.arange(4)
b **= 2
b //= 3
print(b)
