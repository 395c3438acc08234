import numpy as np
np.random.seed(0)
W1 = np.random.randn(3, 4) * 0.01
b1 = np.zeros((3, 1))
print(W1)
print(b1.T)
print(W1.shape, b1.shape)
