import numpy as np
a = np.array([10 ** 12, -5, 7])
print(a)
print(repr(a))
