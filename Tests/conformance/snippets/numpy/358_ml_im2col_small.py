import numpy as np
x = np.arange(9).reshape(3, 3)
cols = np.array([x[i:i + 2, j:j + 2].ravel() for i in range(2) for j in range(2)])
print(cols)
w = np.array([1, 0, 0, 1])
print((cols @ w).reshape(2, 2))
