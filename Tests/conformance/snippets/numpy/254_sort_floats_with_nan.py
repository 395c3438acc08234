import numpy as np
a = np.array([2.5, np.nan, -1.0, 0.0])
print(np.sort(a))
print(np.argsort(a))
