import numpy as np
x = np.array([1.0, 2.0, 3.0])
X = np.hstack([np.ones((3, 1)), x.reshape(-1, 1)])
print(X)
print(np.stack([x, x ** 2], axis=1).shape)
