import numpy as np
np.random.seed(0)
a = np.random.randn(3, 3)
np.save("r.npy", a)
b = np.load("r.npy")
print(np.array_equal(a, b), b.dtype)
print(b)
