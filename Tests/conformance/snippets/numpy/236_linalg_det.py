import numpy as np
print(round(float(np.linalg.det(np.array([[1.0, 2.0], [3.0, 4.0]]))), 8))
print(round(float(np.linalg.det(np.eye(3) * 2)), 8))
print(round(float(np.linalg.det(np.array([[6, 1, 1], [4, -2, 5], [2, 8, 7]]))), 6))
