import numpy as np
np.random.seed(0)
X = np.random.randn(100, 3)
true_w = np.array([1.5, -2.0, 0.5])
y = X @ true_w + 0.3
w = np.zeros(3)
b = 0.0
for step in range(200):
    err = X @ w + b - y
    w -= 0.1 * X.T @ err / len(y)
    b -= 0.1 * err.mean()
print(np.round(w, 4), round(float(b), 4))
