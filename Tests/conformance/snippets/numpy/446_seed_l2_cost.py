import numpy as np
np.random.seed(1)
W1 = np.random.randn(2, 3)
W2 = np.random.randn(1, 2)
m, lam = 5, 0.1
l2 = lam / (2 * m) * (np.sum(np.square(W1)) + np.sum(np.square(W2)))
print(round(float(l2), 10))
