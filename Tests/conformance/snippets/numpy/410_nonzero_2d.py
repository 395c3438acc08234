import numpy as np
m = np.array([[0, 1], [2, 0]])
rows, cols = np.nonzero(m)
print(rows, cols)
print(np.transpose(np.nonzero(m)))
