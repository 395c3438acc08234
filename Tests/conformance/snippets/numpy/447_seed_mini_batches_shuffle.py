import numpy as np
np.random.seed(0)
X = np.arange(14).reshape(2, 7)
Y = np.arange(7).reshape(1, 7)
perm = list(np.random.permutation(7))
Xs = X[:, perm]
Ys = Y[:, perm]
for k in range(0, 7, 3):
    print(Xs[:, k:k + 3].tolist(), Ys[:, k:k + 3].tolist())
