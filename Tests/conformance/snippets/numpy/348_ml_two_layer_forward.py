import numpy as np
np.random.seed(1)
X = np.random.randn(4, 3)
W1 = np.random.randn(3, 5) * 0.1
b1 = np.zeros(5)
W2 = np.random.randn(5, 2) * 0.1
b2 = np.zeros(2)
H = np.maximum(0, X @ W1 + b1)
out = H @ W2 + b2
print(H.shape, out.shape)
print(np.round(out, 6))
