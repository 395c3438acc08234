import numpy as np
a = np.array([0, 3, 0, 5, 7])
print(np.where(a > 2))
print(np.nonzero(a))
print(np.argwhere(a).ravel())
print(np.count_nonzero(a), np.flatnonzero(a))
