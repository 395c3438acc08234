import numpy as np
A = np.array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]])
w, V = np.linalg.eigh(A)
print(np.round(w, 6))
print(np.allclose(V @ np.diag(w) @ V.T, A), np.allclose(V.T @ V, np.eye(3)))
