import numpy as np
a = np.array([1, 2])
b = np.array([3, 4])
print(np.stack([a, b]).shape, np.concatenate([a, b]).shape, np.vstack([a, b]).shape, np.hstack([a, b]).shape)
