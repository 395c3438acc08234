import numpy as np
a = np.array([1, 2, 3])
print(np.pad(a, 2))
print(np.pad(a, (1, 3), constant_values=9))
m = np.ones((2, 2), dtype=int)
print(np.pad(m, 1))
print(np.pad(m, ((0, 0), (1, 2))))
