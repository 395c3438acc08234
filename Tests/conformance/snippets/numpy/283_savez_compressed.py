import numpy as np
x = np.zeros((100, 100))
x[10, 20] = 5
np.savez_compressed("big.npz", x=x)
with np.load("big.npz") as f:
    y = f["x"]
print(y.shape, y.sum(), y[10, 20])
