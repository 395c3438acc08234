import numpy as np
A = np.array([[4.0, 2.0], [2.0, 3.0]])
L = np.linalg.cholesky(A)
print(np.allclose(L @ L.T, A), np.round(L, 6))
Q, R = np.linalg.qr(A)
print(np.allclose(Q @ R, A))
