import numpy as np
a = np.array([1.0, 2.0, 4.0])
print(1 / a, -a, +a)
print(a + 1, a - 1, a * 3, a / 4)
