import numpy as np
np.random.seed(0)
X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
y = np.array([[0], [1], [1], [0]], dtype=float)
W1 = np.random.randn(2, 8) * 0.5
b1 = np.zeros(8)
W2 = np.random.randn(8, 1) * 0.5
b2 = np.zeros(1)
for epoch in range(3000):
    h = np.tanh(X @ W1 + b1)
    p = 1 / (1 + np.exp(-(h @ W2 + b2)))
    dp = (p - y) / 4
    dW2 = h.T @ dp
    dh = dp @ W2.T * (1 - h ** 2)
    W2 -= 1.0 * dW2
    b2 -= 1.0 * dp.sum(axis=0)
    W1 -= 1.0 * X.T @ dh
    b1 -= 1.0 * dh.sum(axis=0)
print((p > 0.5).astype(int).ravel())
