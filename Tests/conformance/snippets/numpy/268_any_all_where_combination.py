import numpy as np
grid = np.array([[0, 1, 0], [0, 0, 0], [1, 1, 0]])
print(np.where(grid.any(axis=1))[0])
print(np.where(~grid.any(axis=0))[0])
print(grid.all(axis=1))
