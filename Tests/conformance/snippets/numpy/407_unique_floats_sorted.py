import numpy as np
a = np.array([0.5, -1.0, 0.5, 2.0, -1.0])
u, c = np.unique(a, return_counts=True)
print(u, c, u.dtype)
