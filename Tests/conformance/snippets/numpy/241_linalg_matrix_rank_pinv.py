import numpy as np
A = np.array([[1.0, 2.0], [2.0, 4.0]])
print(np.linalg.matrix_rank(A), np.linalg.matrix_rank(np.eye(3)))
P = np.linalg.pinv(np.array([[1.0, 0.0], [0.0, 2.0]]))
print(np.round(P, 6))
