import numpy as np
a = np.array([[1, 2], [3, 4]])
print(np.concatenate([a, a], axis=None))
print(repr(np.concatenate([np.array([1]), np.array([2.5])])))
