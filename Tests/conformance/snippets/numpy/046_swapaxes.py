import numpy as np
t = np.arange(12).reshape(2, 3, 2)
s = np.swapaxes(t, 0, 2)
print(s.shape)
print(s[:, :, 0])
print(t.swapaxes(0, 1).shape)
