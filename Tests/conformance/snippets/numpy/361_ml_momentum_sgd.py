import numpy as np
f_grad = lambda x: 2 * (x - 3.0)
x, v = np.array([0.0]), np.array([0.0])
for step in range(50):
    v = 0.9 * v - 0.05 * f_grad(x)
    x = x + v
print(np.round(x, 6))
