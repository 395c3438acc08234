import numpy as np
A = np.ones((2, 3))
B = np.ones((2, 3))
try:
    A @ B
except ValueError as e:
    print(type(e).__name__, "|", e)
try:
    np.dot(A, B)
except ValueError as e:
    print(e)
