import numpy as np
np.random.seed(3)
a = np.random.randint(0, 2, size=10)
print(a, a.dtype)
print(np.random.randint(1, 7, size=5))
