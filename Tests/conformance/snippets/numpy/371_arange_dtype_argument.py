import numpy as np
print(repr(np.arange(4, dtype=np.float32)))
print(repr(np.arange(0, 1, 0.5, dtype=float)))
print(repr(np.arange(3, dtype=np.int64)))
