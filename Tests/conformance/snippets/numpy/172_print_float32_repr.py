import numpy as np
a = np.array([0.1, 0.2, 0.3], dtype=np.float32)
print(a)
print(repr(a))
m = np.ones((2, 2), dtype=np.float32)
print(repr(m))
