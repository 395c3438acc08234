import numpy as np
img = np.arange(16, dtype=float).reshape(4, 4)
k = np.array([[1.0, 0.0], [0.0, -1.0]])
out = np.zeros((3, 3))
for i in range(3):
    for j in range(3):
        out[i, j] = np.sum(img[i:i + 2, j:j + 2] * k)
print(out)
