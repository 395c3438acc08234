import numpy as np
m = np.array([[True, False], [True, True]])
print(m.all(), m.any(), m.all(axis=0), m.any(axis=1))
print(np.all(np.array([1, 2, 3]) > 0), np.any(np.array([0, 0])))
print(np.all([]), np.any([]))
