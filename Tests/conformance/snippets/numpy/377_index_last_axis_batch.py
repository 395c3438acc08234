import numpy as np
batch = np.arange(24).reshape(2, 3, 4)
print(batch[:, -1, :])
print(batch[:, :, ::-1][0])
