import numpy as np
a = np.array([1, 2, 3, 4])
print(np.cumsum(a), np.cumprod(a), a.cumsum())
m = np.arange(6).reshape(2, 3)
print(np.cumsum(m, axis=0))
print(np.cumsum(m, axis=1))
print(np.diff(np.array([1, 4, 9, 16])), np.diff(m, axis=1))
