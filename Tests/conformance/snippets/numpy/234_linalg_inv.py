import numpy as np
A = np.array([[4.0, 7.0], [2.0, 6.0]])
Ainv = np.linalg.inv(A)
print(np.round(Ainv, 6) + 0.0)
print(np.allclose(A @ Ainv, np.eye(2)))
