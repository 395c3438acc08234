import numpy as np
A = np.array([[1.0, 2.0], [2.0, 4.0]])
S = np.linalg.svd(A, compute_uv=False)
print(np.round(S, 6) + 0.0)
print(int(np.sum(S > 1e-10)), int(np.sum(np.linalg.svd(np.eye(3), compute_uv=False) > 1e-10)))
