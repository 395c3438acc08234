import numpy as np
np.random.seed(1)
a = np.random.rand(1000)
b = np.random.rand(1000)
loop = 0.0
for i in range(1000):
    loop += a[i] * b[i]
print(np.isclose(loop, np.dot(a, b)))
