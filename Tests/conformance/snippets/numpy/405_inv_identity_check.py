import numpy as np
A = np.array([[2.0, 0.0, 0.0], [0.0, 4.0, 0.0], [0.0, 0.0, 0.5]])
print(np.linalg.inv(A))
print(round(float(np.linalg.det(A)), 10))
