import numpy as np
a = np.array([0, 3, 0, 5, 7])
print(np.where(a > 2))
print(np.where(a)[0])
print((a != 0).sum(), np.where(a != 0)[0].size)
