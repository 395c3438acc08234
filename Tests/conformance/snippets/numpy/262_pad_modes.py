import numpy as np
a = np.array([1, 2, 3])
print(np.pad(a, 2, mode="edge"))
print(np.pad(a, 2, mode="reflect"))
print(np.pad(a, 2, mode="wrap"))
print(np.pad(np.arange(4).reshape(2, 2), 1, mode="symmetric"))
