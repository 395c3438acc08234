import numpy as np
a = np.arange(24)
print(a.reshape(2, -1).shape, a.reshape(-1, 4).shape, a.reshape(2, 3, -1).shape)
print(a.reshape(4, 6)[3])
print(np.reshape(a, (6, 4))[:, 0])
