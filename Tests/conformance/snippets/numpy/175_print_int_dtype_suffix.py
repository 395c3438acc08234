import numpy as np
print(repr(np.array([1, 2], dtype=np.int64)))
print(repr(np.array([1.0], dtype=np.float64)))
print(repr(np.array([1.0], dtype=np.float32)))
print(repr(np.array([], dtype=np.int64)))
print(repr(np.array([], dtype=np.float32)))
print(repr(np.array([], dtype=bool)))
