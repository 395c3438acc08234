import numpy as np
X = np.array([[1, 1], [1, 2], [5, 5], [6, 5], [5, 6]])
y = np.array([0, 0, 1, 1, 1])
q = np.array([[1.5, 1.4], [5.4, 5.1]])
d = np.linalg.norm(X[None, :, :] - q[:, None, :], axis=2)
nn = np.argsort(d, axis=1)[:, :3]
votes = y[nn]
print(nn)
print(np.array([np.bincount(v).argmax() for v in votes]))
