import numpy as np
a = np.arange(3)
b = np.array(a, copy=True)
b[0] = 9
print(a, b)
print(np.array([1, 2], dtype=np.float32).dtype)
