import numpy as np
a = np.array([1, 2])
b = np.array([3, 4])
print(np.stack([a, b], axis=-1).shape)
print(np.hstack([a, b, [0]]), np.stack([a, b], axis=1))
