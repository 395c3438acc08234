import numpy as np
m = np.arange(12).reshape(3, 4)
print(m)
print(np.arange(24).reshape(2, 3, 4)[1])
print(np.arange(6).reshape(2, -1))
print(np.arange(6).reshape(-1, 2).shape)
