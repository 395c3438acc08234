import numpy as np
X = np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 5.0], [4.0, 4.0]])
Xc = X - X.mean(axis=0)
C = Xc.T @ Xc / (len(X) - 1)
print(np.round(C, 6))
s = np.sqrt(np.diag(C))
print(np.round(C / np.outer(s, s), 6))
