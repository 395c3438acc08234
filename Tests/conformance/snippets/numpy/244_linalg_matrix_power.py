import numpy as np
F = np.array([[1, 1], [1, 0]])
print(np.linalg.matrix_power(F, 10))
print(np.linalg.matrix_power(np.eye(2), 0))
