import numpy as np
a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6]])
print(np.concatenate([a, b]))
print(np.concatenate([a, a], axis=1))
print(np.concatenate([np.arange(2), np.arange(3)]))
print(np.concatenate([a, b.T], axis=1))
