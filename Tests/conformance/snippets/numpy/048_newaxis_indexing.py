import numpy as np
v = np.arange(3)
print(v[np.newaxis, :].shape, v[:, np.newaxis].shape, v[:, None].shape)
print(v[:, np.newaxis])
print(v[:, None] * v[None, :])
