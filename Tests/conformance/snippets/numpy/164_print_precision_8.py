import numpy as np
a = np.array([1 / 3, 2 / 3, np.pi])
print(a)
print(repr(a))
print(np.array([1.123456789012, 2.0]))
