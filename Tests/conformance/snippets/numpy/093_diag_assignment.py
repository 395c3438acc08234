import numpy as np
m = np.zeros((3, 3))
i = np.arange(3)
m[i, i] = 7
print(m)
m[i, i] += 1
m[0, 2] = m[2, 0] = -1
print(m)
