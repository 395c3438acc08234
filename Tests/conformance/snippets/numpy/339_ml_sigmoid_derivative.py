import numpy as np
s = lambda z: 1 / (1 + np.exp(-z))
z = np.array([-1.0, 0.0, 1.0])
ds = s(z) * (1 - s(z))
print(ds)
h = 1e-5
num = (s(z + h) - s(z - h)) / (2 * h)
print(np.allclose(ds, num))
