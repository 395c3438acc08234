import numpy as np
a = np.zeros((3, 4), dtype=np.float32)
print(a.shape, a.dtype, type(a.shape).__name__)
print(f"{a.shape}")
print(np.ones(5).shape)
