import numpy as np
x = np.array([0.0, 1.0, 2.0, 3.0])
y = np.array([1.0, 3.0, 5.0, 7.0])
X = np.stack([x, np.ones_like(x)], axis=1)
coef = np.linalg.solve(X.T @ X, X.T @ y)
print(np.round(coef, 8) + 0.0)
