import numpy as np
a = np.array([1, 2, 3])
b = np.array([1, 5, 3])
print(a == b, (a == b).all(), np.array_equal(a, b))
print(np.array_equal(a, a.astype(float)))
