import numpy as np
def f(w):
    return np.sum(w ** 3)
w = np.array([1.0, -2.0, 0.5])
h = 1e-6
num = np.array([(f(w + h * e) - f(w - h * e)) / (2 * h) for e in np.eye(3)])
print(np.round(num, 5))
print(np.allclose(num, 3 * w ** 2))
