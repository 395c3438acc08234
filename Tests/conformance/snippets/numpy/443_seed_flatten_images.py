import numpy as np
imgs = np.arange(2 * 2 * 2 * 3).reshape(2, 2, 2, 3)
flat = imgs.reshape(imgs.shape[0], -1).T
print(flat.shape)
print(flat[:5])
