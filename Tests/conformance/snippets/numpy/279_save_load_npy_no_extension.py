import numpy as np
a = np.array([1, 2, 3])
np.save("data", a)
b = np.load("data.npy")
print(repr(b))
