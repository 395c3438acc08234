import numpy as np
m = np.arange(6).reshape(2, 3)
print(m.T)
print(m.T.shape, np.transpose(m).shape)
t = np.arange(24).reshape(2, 3, 4)
print(t.T.shape, t.transpose(1, 0, 2).shape, np.transpose(t, (2, 0, 1)).shape)
print(t.transpose(1, 0, 2)[2, 1])
