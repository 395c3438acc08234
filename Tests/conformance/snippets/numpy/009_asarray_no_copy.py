import numpy as np
a = np.array([1.0, 2.0])
b = np.asarray(a)
c = np.array(a)
b[0] = 99
print(a, c)
print(b is a, c is a)
print(np.asarray([1, 2]).dtype)
