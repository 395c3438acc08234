import numpy as np
np.random.seed(0)
X = np.random.randn(2, 50)
y = (X[0] + X[1] > 0).astype(float).reshape(1, -1)
W = np.random.randn(1, 2) * 0.01
b = 0.0
for i in range(301):
    A = 1 / (1 + np.exp(-(np.dot(W, X) + b)))
    cost = -np.mean(y * np.log(A) + (1 - y) * np.log(1 - A))
    dZ = A - y
    W -= 0.5 * np.dot(dZ, X.T) / 50
    b -= 0.5 * np.sum(dZ) / 50
    if i % 100 == 0:
        print(f"iteration {i}: cost {cost:.6f}")
print(np.mean((A > 0.5) == y))
