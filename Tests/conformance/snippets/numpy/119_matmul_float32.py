import numpy as np
A = np.array([[0.5, 1.5], [2.0, -1.0]], dtype=np.float32)
B = np.array([[1.0], [2.0]], dtype=np.float32)
C = A @ B
print(repr(C))
print(C.dtype, (A @ A).dtype)
