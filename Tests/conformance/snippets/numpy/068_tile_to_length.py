import numpy as np
a = np.array([1, 2, 3])
print(np.tile(a, 3)[:7])
print(np.tile(a, 3)[:8].reshape(2, 4))
