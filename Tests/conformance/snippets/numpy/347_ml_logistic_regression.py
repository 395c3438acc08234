import numpy as np
np.random.seed(0)
X = np.vstack([np.random.randn(20, 2) + 2, np.random.randn(20, 2) - 2])
y = np.hstack([np.ones(20), np.zeros(20)])
w = np.zeros(2)
b = 0.0
for _ in range(100):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    w -= 0.1 * X.T @ (p - y) / len(y)
    b -= 0.1 * np.mean(p - y)
acc = np.mean((p > 0.5) == y)
print(np.round(w, 4), round(float(b), 4), acc)
