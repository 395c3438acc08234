import numpy as np
F = np.array([[1, 1], [1, 0]])
P = np.eye(2, dtype=int)
for _ in range(10):
    P = P @ F
print(P)
print(P.dtype)
