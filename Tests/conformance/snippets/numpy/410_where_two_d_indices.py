import numpy as np
m = np.array([[0, 1], [2, 0]])
rows, cols = np.where(m != 0)
print(rows, cols)
print(m[rows, cols])
