import numpy as np
a = np.arange(6).reshape(2, 3)
print(np.where(a % 2 == 0, a, -1))
print(np.where(a > 2, 1.5, np.array([0, 10, 20])))
