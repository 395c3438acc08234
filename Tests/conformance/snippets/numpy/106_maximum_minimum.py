import numpy as np
a = np.array([1, 5, 3, 8])
b = np.array([4, 2, 6, 7])
print(np.maximum(a, b), np.minimum(a, b))
print(np.maximum(a, 4), np.minimum(a, 4.5))
print(np.maximum(np.array([1.0, np.nan]), 0.0))
