import numpy as np
a = np.array([1.0, 2.0, 3.0])
b = np.array([2.0, 4.0, 6.0])
c = np.array([-3.0, 0.0, 1.0])
cos = lambda u, v: np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v))
print(round(float(cos(a, b)), 10), round(float(cos(a, c)), 10))
