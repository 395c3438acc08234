import numpy as np
w = np.array([1.0, -1.0])
m = np.zeros(2)
v = np.zeros(2)
b1, b2, lr, eps = 0.9, 0.999, 0.1, 1e-8
for t in range(1, 4):
    g = 2 * w
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g ** 2
    mhat = m / (1 - b1 ** t)
    vhat = v / (1 - b2 ** t)
    w = w - lr * mhat / (np.sqrt(vhat) + eps)
    print(t, np.round(w, 6))
