import numpy as np
imgs = [np.full((2, 2), i) for i in range(3)]
batch = np.stack(imgs)
print(batch.shape)
print(batch[2])
print(np.stack(imgs, axis=-1).shape)
