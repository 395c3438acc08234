import numpy as np
m = np.array([[1 / 3, -2.5], [100.0, 1e-3]], dtype=np.float32)
print(m)
print(repr(m))
