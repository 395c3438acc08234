import numpy as np
img = np.arange(9).reshape(3, 3)
print(img[:, ::-1])
print(img[::-1, :])
print(img.T[::-1])
