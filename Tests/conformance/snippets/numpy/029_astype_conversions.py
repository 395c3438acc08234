import numpy as np
a = np.array([1.7, -2.2, 3.5, -0.5])
print(repr(a.astype(int)))
print(repr(a.astype(np.float32)))
print(repr(a.astype(bool)))
print(repr(np.array([0, 1, 2]).astype(float)))
print(repr(np.array([True, False]).astype(np.int64)))
