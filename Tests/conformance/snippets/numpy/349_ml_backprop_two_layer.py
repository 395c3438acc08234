import numpy as np
np.random.seed(0)
X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
y = np.array([[0.0], [1.0], [1.0], [0.0]])
W1 = np.random.randn(2, 4)
b1 = np.zeros((1, 4))
W2 = np.random.randn(4, 1)
b2 = np.zeros((1, 1))
sig = lambda z: 1 / (1 + np.exp(-z))
for epoch in range(2000):
    h = sig(X @ W1 + b1)
    out = sig(h @ W2 + b2)
    d2 = (out - y) * out * (1 - out)
    d1 = d2 @ W2.T * h * (1 - h)
    W2 -= 1.0 * h.T @ d2
    b2 -= 1.0 * d2.sum(axis=0, keepdims=True)
    W1 -= 1.0 * X.T @ d1
    b1 -= 1.0 * d1.sum(axis=0, keepdims=True)
print(np.round(out.ravel(), 2))
print((out.ravel() > 0.5).astype(int))
