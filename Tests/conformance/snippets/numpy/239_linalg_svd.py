import numpy as np
A = np.array([[3.0, 0.0], [4.0, 5.0]])
U, S, Vt = np.linalg.svd(A)
print(np.round(S, 6))
print(np.allclose(U @ np.diag(S) @ Vt, A))
print(U.shape, S.shape, Vt.shape)
