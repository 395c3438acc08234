import numpy as np
v = np.array([3.0, 4.0])
print(np.linalg.norm(v), np.linalg.norm(v, 1), np.linalg.norm(v, np.inf))
m = np.array([[1.0, 2.0], [3.0, 4.0]])
print(round(float(np.linalg.norm(m)), 10))
print(np.round(np.linalg.norm(m, axis=0), 10), np.round(np.linalg.norm(m, axis=1), 10))
