import numpy as np
print(np.eye(3))
print(np.identity(2, dtype=int))
print(np.eye(2, 3))
print(np.eye(3, k=1))
