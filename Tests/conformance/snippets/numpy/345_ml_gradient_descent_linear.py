import numpy as np
np.random.seed(0)
X = np.random.rand(50, 1)
y = 4 + 3 * X[:, 0] + 0.1 * np.random.randn(50)
w, b, lr = 0.0, 0.0, 0.5
for epoch in range(300):
    pred = w * X[:, 0] + b
    err = pred - y
    w -= lr * 2 * np.mean(err * X[:, 0])
    b -= lr * 2 * np.mean(err)
print(round(w, 4), round(b, 4))
print(round(float(np.mean((w * X[:, 0] + b - y) ** 2)), 6))
