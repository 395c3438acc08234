import numpy as np
a = np.array([4, 3, 5, 7, 6, 8])
print(a[[0, 1, 4]])
m = np.arange(6).reshape(2, 3)
print(m[:, [0, 2]])
a[[0, 2]] = [-44, -55]
print(a)
