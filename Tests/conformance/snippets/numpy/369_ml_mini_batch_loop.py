import numpy as np
np.random.seed(0)
X = np.arange(10, dtype=float).reshape(5, 2)
idx = np.random.permutation(5)
for i in range(0, 5, 2):
    batch = X[idx[i:i + 2]]
    print(batch.shape, batch.sum())
