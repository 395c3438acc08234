import numpy as np
a = np.array([1, 2])
m = a.mean()
print(m, type(m).__name__, repr(m))
print(np.array([[1, 2], [3, 5]]).mean(axis=0))
