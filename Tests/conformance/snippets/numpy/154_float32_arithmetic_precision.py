import numpy as np
a = np.array([0.1, 0.2], dtype=np.float32)
s = a[0] + a[1]
print(s, repr(s), s.dtype)
print(np.float32(1) / np.float32(3))
print(a.astype(np.float64))
