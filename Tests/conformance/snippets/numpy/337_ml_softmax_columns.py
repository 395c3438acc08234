import numpy as np
Z = np.array([[2.0, 1.0], [1.0, 3.0], [0.1, 0.2]])
A = np.exp(Z) / np.sum(np.exp(Z), axis=0, keepdims=True)
print(np.round(A, 6))
print(np.round(A.sum(axis=0), 12))
