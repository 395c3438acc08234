import numpy as np
a = np.array([3, 1, 2, 5, 4])
print(np.sort(a), a)
a.sort()
print(a)
print(np.sort(a)[::-1])
