import numpy as np
a = np.arange(6)
b = a.reshape(2, 3).T
b[0, 1] = -1
print(a)
print(b)
