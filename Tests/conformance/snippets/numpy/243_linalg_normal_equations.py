import numpy as np
np.random.seed(0)
X = np.random.rand(20, 2)
true_w = np.array([2.0, -3.0])
y = X @ true_w + 0.5
Xb = np.hstack([X, np.ones((20, 1))])
w = np.linalg.inv(Xb.T @ Xb) @ Xb.T @ y
print(np.round(w, 6) + 0.0)
