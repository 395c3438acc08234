import numpy as np
A = np.array([[1, 2], [3, 4]])
print(np.dot(A, A), np.dot(A, 2), np.dot(3, 4))
