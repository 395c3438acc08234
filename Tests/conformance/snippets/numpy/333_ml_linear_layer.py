import numpy as np
W = np.array([[0.2, 0.8, -0.5], [0.5, -0.91, 0.26]])
X = np.array([[1.0, 2.0], [3.0, 2.5], [-1.5, 2.7]])
b = np.array([[2.0], [3.0]])
Z = np.dot(W, X) + b
print(Z)
print(Z.shape)
