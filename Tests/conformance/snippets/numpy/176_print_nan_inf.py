import numpy as np
a = np.array([1.0, np.nan, np.inf, -np.inf])
print(a)
print(repr(a))
print(np.array([np.nan, 1.5]))
print(np.array([np.nan, np.inf]))
