import numpy as np
a = np.array([7, 1, 3, 5, 9, 2])
print(np.median(a), np.median(a[:5]))
m = np.array([[1, 5, 3], [4, 2, 6]])
print(np.median(m, axis=0), np.median(m, axis=1))
print(repr(np.median(np.array([1.5, 0.5]))))
