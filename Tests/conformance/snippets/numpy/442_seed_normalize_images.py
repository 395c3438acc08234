import numpy as np
np.random.seed(0)
imgs = np.random.randint(0, 256, size=(2, 3, 3))
x = imgs.astype(np.float32) / 255.0
print(imgs[0])
print(x.dtype, x.min() >= 0, x.max() <= 1)
print(np.round(x[0], 4))
