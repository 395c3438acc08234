import numpy as np
a = np.array([True, True, False, False])
b = np.array([True, False, True, False])
print(a & b, a | b, a ^ b, ~a)
print(np.logical_and(a, b), np.logical_or(a, b), np.logical_not(a), np.logical_xor(a, b))
