import numpy as np
A = np.array([[2.0, 1.0], [1.0, 2.0]])
w, v = np.linalg.eigh(A)
print(np.round(w, 8))
print(np.allclose(A @ v, v * w))
print(np.round(np.abs(v), 6))
