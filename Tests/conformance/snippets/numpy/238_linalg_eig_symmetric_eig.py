import numpy as np
A = np.array([[4.0, 1.0], [1.0, 3.0]])
w, v = np.linalg.eig(A)
print(np.round(np.sort(w), 8))
print(np.allclose(A @ v, v * w))
