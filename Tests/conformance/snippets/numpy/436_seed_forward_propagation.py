import numpy as np
np.random.seed(0)
X = np.random.randn(3, 4)
W = np.random.randn(2, 3) * 0.01
b = np.zeros((2, 1))
Z = np.dot(W, X) + b
A = 1 / (1 + np.exp(-Z))
print(Z.shape, A.shape)
print(np.round(A, 6))
