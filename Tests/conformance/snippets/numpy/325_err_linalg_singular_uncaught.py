import numpy as np
A = np.array([[2.0, 4.0], [1.0, 2.0]])
print(np.linalg.det(A) == 0)
np.linalg.inv(A)
