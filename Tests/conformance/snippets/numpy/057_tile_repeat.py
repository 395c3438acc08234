import numpy as np
a = np.array([1, 2, 3])
print(np.tile(a, 2))
print(np.tile(a, (2, 2)))
print(np.repeat(a, 2))
print(np.repeat([[1, 2], [3, 4]], 2, axis=0))
print(np.repeat(a, [1, 0, 3]))
