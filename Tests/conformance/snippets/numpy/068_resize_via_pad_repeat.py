import numpy as np
a = np.array([1, 2, 3])
print(np.resize(a, 7))
print(np.resize(a, (2, 4)))
