import numpy as np
np.random.seed(12)
x = np.random.rand(3).astype(np.float32)
print(x, x.dtype)
