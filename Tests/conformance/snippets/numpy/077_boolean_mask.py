import numpy as np
a = np.array([3, -1, 4, -1, 5, -9])
mask = a > 0
print(mask)
print(a[mask])
print(a[a < 0], a[(a > 0) & (a < 5)], a[(a < -5) | (a > 4)])
print(a[~mask])
