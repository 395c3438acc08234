import numpy as np
v = np.array([1.0, 2.0])
M = np.array([[1.0, 2.0], [3.0, 4.0]])
print(v @ M, M @ v, v @ v)
print(np.matmul(M, M))
