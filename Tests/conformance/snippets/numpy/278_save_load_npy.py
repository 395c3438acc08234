import numpy as np
a = np.arange(12, dtype=np.float64).reshape(3, 4) / 4
np.save("weights.npy", a)
b = np.load("weights.npy")
print(b)
print(b.dtype, b.shape, np.array_equal(a, b))
