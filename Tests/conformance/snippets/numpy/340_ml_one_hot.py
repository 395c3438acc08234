import numpy as np
y = np.array([0, 2, 1, 2])
n_classes = 3
Y = np.zeros((y.size, n_classes))
Y[np.arange(y.size), y] = 1
print(Y)
print(np.eye(n_classes)[y].astype(int))
