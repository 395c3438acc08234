import numpy as np
v = np.array([1, 2, 3])
print(v.T, v.T.shape)
print(v.reshape(1, -1).T)
