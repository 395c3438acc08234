import numpy as np
m = np.array([[1, 2], [3, 4]])
r = m.ravel()
f = m.flatten()
print(r, f)
f[0] = 99
print(m[0, 0])
print(m.T.ravel(), m.T.flatten())
print(m.reshape(-1))
