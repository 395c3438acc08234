import numpy as np
np.random.seed(0)
a = np.random.rand(2, 3).astype(np.float32)
print(a)
print(repr(a))
