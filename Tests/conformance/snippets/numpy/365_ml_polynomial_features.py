import numpy as np
x = np.array([1.0, 2.0, 3.0])
X = np.stack([x ** p for p in range(4)], axis=1)
print(X)
print(X.shape, X[:, 2])
