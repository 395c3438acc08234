import numpy as np
m = np.array([[1, 2], [3, 4], [5, 6]])
print(len(m))
for row in m:
    print(row, row.sum())
for v in np.array([1.5, 2.5]):
    print(v)
