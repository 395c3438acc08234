import numpy as np
a = np.array([1, 2, 3, 4])
print(a > 2, a >= 2, a < 3, a <= 3)
print(a == 2, a != 2)
print(a == np.array([1, 0, 3, 0]))
