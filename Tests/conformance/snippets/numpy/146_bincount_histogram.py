import numpy as np
a = np.array([0, 1, 1, 3, 3, 3])
print(np.bincount(a), np.bincount(a, minlength=6))
counts, edges = np.histogram(np.array([1, 2, 2, 3, 3, 3, 4]), bins=3)
print(counts, edges)
