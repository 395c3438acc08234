import numpy as np
t = np.arange(24).reshape(2, 3, 4)
print(t[..., 0])
print(t[0, ...].shape, t[..., 1:3].shape, t[1, ..., 2])
print(t[..., np.newaxis].shape, t[..., None].shape)
