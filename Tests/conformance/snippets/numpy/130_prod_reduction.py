import numpy as np
a = np.array([[1, 2], [3, 4]])
print(a.prod(), a.prod(axis=0), np.prod(a, axis=1))
print(np.prod([]), np.prod(np.array([0.5, 4.0])))
