import numpy as np
np.random.seed(10)
X = np.arange(10).reshape(5, 2)
y = np.arange(5) * 100
idx = np.random.permutation(len(X))
print(X[idx])
print(y[idx])
