import numpy as np
m = np.zeros((3, 3))
np.fill_diagonal(m, 7)
print(m)
i = np.arange(3)
m[i, i] += 1
print(m)
