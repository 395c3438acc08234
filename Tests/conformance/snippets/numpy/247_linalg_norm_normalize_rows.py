import numpy as np
X = np.array([[3.0, 4.0], [1.0, 0.0], [0.0, 2.0]])
n = np.linalg.norm(X, axis=1, keepdims=True)
print(n)
print(X / n)
