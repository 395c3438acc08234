import numpy as np
m = np.zeros((3, 4))
row = np.array([1, 2, 3, 4])
col = np.array([[10], [20], [30]])
print(m + row)
print(m + col)
print(row + col)
