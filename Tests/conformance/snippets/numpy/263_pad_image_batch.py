import numpy as np
imgs = np.arange(8).reshape(2, 2, 2)
padded = np.pad(imgs, ((0, 0), (1, 1), (1, 1)))
print(padded.shape)
print(padded[1])
