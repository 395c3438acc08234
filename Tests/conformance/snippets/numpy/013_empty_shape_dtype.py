import numpy as np
e = np.empty((3, 2))
print(e.shape, e.dtype)
f = np.empty_like(np.arange(5))
print(f.shape, f.dtype)
e.fill(1.5)
print(e)
