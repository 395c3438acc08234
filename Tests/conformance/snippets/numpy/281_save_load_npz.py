import numpy as np
W = np.arange(6).reshape(2, 3) * 0.5
b = np.zeros(3)
np.savez("model.npz", W=W, b=b)
data = np.load("model.npz")
print(sorted(data.files))
print(data["W"])
print(data["b"])
