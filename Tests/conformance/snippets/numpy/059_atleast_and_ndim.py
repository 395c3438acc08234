import numpy as np
print(np.atleast_2d(np.array([1, 2])).shape)
print(np.ndim([[1], [2]]), np.shape([[1, 2, 3]]), np.size([[1, 2], [3, 4]]))
