import numpy as np
img = np.array([[1, 3, 2, 4], [5, 6, 1, 2], [7, 2, 8, 1], [0, 1, 3, 9]])
pooled = img.reshape(2, 2, 2, 2).max(axis=(1, 3))
print(pooled)
avg = img.reshape(2, 2, 2, 2).mean(axis=(1, 3))
print(avg)
