import numpy as np
a = np.array([2.9, -2.9, 0.5, -0.5])
print(a.astype(np.int64))
print(np.floor(a).astype(int), np.round(a).astype(int))
