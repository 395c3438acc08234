import numpy as np
x = np.zeros((3, 4, 5))
print(np.moveaxis(x, 0, -1).shape)
print(np.moveaxis(x, -1, 0).shape)
img = np.arange(12).reshape(2, 2, 3)
chw = np.moveaxis(img, -1, 0)
print(chw[0])
