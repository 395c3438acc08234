import numpy as np
a = np.linspace(0, 1, 4, dtype=np.float32)
print(a, a.dtype)
print(repr(np.sqrt(a)))
print(repr(a.mean()))
