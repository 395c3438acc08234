import numpy as np
a = np.zeros(6, dtype=int)
a[[0, 2, 4]] = [1, 2, 3]
print(a)
a[[1, 1, 1]] += 1
print(a)
m = np.zeros((3, 3))
m[[0, 1, 2], [0, 1, 2]] = 5
print(m)
