import numpy as np
m = np.array([[3, 1, 2], [9, 7, 8], [0, 5, 4]])
print(np.sort(m))
print(np.sort(m, axis=0))
print(np.sort(m, axis=None))
