import numpy as np
x = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
y = 2 * x ** 2 - x + 1
X = np.stack([np.ones_like(x), x, x ** 2], axis=1)
c = np.linalg.solve(X.T @ X, X.T @ y)
print(np.round(c, 6) + 0.0)
print(np.round(X @ c, 6) + 0.0)
