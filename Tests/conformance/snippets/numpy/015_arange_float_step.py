import numpy as np
a = np.arange(0.0, 1.0, 0.1)
print(a)
print(len(a), a[-1])
print(np.arange(1, 2, 0.5, dtype=np.float32))
