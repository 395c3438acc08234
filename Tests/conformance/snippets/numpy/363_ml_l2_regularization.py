import numpy as np
W = np.array([[0.5, -1.0], [2.0, 0.0]])
lam = 0.01
print(lam * np.sum(W ** 2), 0.5 * lam * np.linalg.norm(W) ** 2)
