import numpy as np
m = np.zeros((3, 4))
m[1:, 1:3] = 1
m[0] = [1, 2, 3, 4]
m[:, 0] = np.array([7, 8, 9])
print(m)
