import numpy as np
a = np.array([4, 9, 1, 7])
print(a.max() - a.min())
w = np.array([1, 0, 0, 1])
print(a.mean(), (a * w).sum() / w.sum())
