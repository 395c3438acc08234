import numpy as np
a = np.array([1, 2, 3, 4, 5])
print(np.isin(a, [2, 4, 9]))
print(np.intersect1d(a, [4, 5, 6]), np.union1d([3, 1], [2, 1]), np.setdiff1d(a, [1, 5]))
