import numpy as np
x = np.array([0.0, 1.0, 2.0, 3.0])
y = np.array([1.0, 3.0, 5.0, 7.0])
X = np.column_stack([x, np.ones_like(x)])
coef, res, rank, sv = np.linalg.lstsq(X, y, rcond=None)
print(np.round(coef, 8) + 0.0, rank)
