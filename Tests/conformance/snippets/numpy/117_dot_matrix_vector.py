import numpy as np
W = np.array([[1, 2, 3], [4, 5, 6]])
x = np.array([1, 0, -1])
print(np.dot(W, x), W @ x)
print(np.dot(x, W.T))
print(np.matmul(W, W.T))
