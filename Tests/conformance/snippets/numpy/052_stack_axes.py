import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(np.stack([a, b]))
print(np.stack([a, b], axis=1))
print(np.stack([a, b], axis=-1).shape, np.stack([a, b, a]).shape)
