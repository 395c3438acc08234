import numpy as np
a = np.array([0.5, 1.5, 2.0, -1.0])
print(np.cumsum(a), np.cumprod(a))
print(repr(np.cumsum(np.array([True, True, False]))))
