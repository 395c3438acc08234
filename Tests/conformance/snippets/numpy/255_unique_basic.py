import numpy as np
a = np.array([3, 1, 2, 3, 1, 1])
print(np.unique(a))
vals, counts = np.unique(a, return_counts=True)
print(vals, counts)
vals, idx, inv = np.unique(a, return_index=True, return_inverse=True)
print(idx, inv)
