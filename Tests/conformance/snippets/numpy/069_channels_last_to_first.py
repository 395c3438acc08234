import numpy as np
x = np.zeros((3, 4, 5))
print(np.transpose(x, (2, 0, 1)).shape)
print(x.transpose(1, 2, 0).shape)
img = np.arange(12).reshape(2, 2, 3)
chw = img.transpose(2, 0, 1)
print(chw[0])
