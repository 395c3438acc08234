import numpy as np
a = np.array([1.0, 1.0, 1.0])
b = np.array([4.0, 5.0, 1.0])
print(np.linalg.norm(a - b), np.sqrt(np.sum((a - b) ** 2)))
