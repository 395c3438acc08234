import numpy as np
m = np.array([[1, 2, 3], [4, 5, 6]])
for i, row in enumerate(m):
    print(i, row, row.dtype)
for col in m.T:
    print(col.tolist())
