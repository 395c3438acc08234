import numpy as np
a = np.array([True, True, False, False])
b = np.array([True, False, True, False])
print(a & b, a | b, a ^ b, ~a)
print(a & ~b, (a | b).all(), (a & b).any())
