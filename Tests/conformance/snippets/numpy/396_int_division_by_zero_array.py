import numpy as np
r = np.array([1, 2]) // np.array([0, 1])
print(r)
print(np.array([1, 2]) % np.array([0, 5]))
