import numpy as np
a = np.ones((2, 1, 3))
b = np.ones((4, 1))
print((a + b).shape)
print(np.broadcast_to(np.array([1, 2, 3]), (2, 3)))
print(np.broadcast_shapes((3, 1), (1, 4)))
