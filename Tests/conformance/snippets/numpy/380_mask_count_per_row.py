import numpy as np
m = np.array([[1, -2, 3], [-4, -5, 6]])
print((m > 0).sum(axis=1), (m < 0).mean(axis=0))
print(np.where(m < 0, -m, m))
