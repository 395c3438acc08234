import numpy as np
a = np.array([7, -7, 7, -7])
b = np.array([2, 2, -2, -2])
print(a // b, a % b)
print(repr(a / b))
print(repr(a ** 2), abs(a))
