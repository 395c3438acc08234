import numpy as np
A = np.arange(6).reshape(2, 3)
B = np.arange(12).reshape(3, 4)
C = A @ B
print(C, C.shape)
batch = np.ones((5, 2, 3)) @ np.ones((3, 4))
print(batch.shape, batch[0, 0])
print((np.ones((2, 1, 2, 3)) @ np.ones((3, 3, 2))).shape)
