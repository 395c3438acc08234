import numpy as np
m = np.arange(12).reshape(3, 4)
print(m[m % 3 == 0])
rows = np.array([True, False, True])
print(m[rows])
print(m[:, m[0] > 1])
