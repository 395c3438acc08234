import numpy as np
a = np.array([1.5, 2.5])
print([a[0], a[1]])
print((np.int64(1), np.float32(0.5)))
print({"loss": np.float64(0.25)})
print(a.tolist())
