import numpy as np
A = np.arange(12, dtype=float).reshape(4, 3)
U, S, Vt = np.linalg.svd(A, full_matrices=False)
print(U.shape, S.shape, Vt.shape)
print(np.allclose((U * S) @ Vt, A))
print(int(np.sum(S > 1e-10)))
