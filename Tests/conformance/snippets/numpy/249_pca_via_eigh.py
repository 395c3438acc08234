import numpy as np
X = np.array([[2.5, 2.4], [0.5, 0.7], [2.2, 2.9], [1.9, 2.2], [3.1, 3.0], [2.3, 2.7]])
Xc = X - X.mean(axis=0)
C = Xc.T @ Xc / (len(X) - 1)
w, v = np.linalg.eigh(C)
print(np.round(w, 6))
print(np.round(C, 6))
