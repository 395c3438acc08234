import numpy as np
m = np.arange(12).reshape(3, 4)
print(m[:, 1:3].ravel())
print(m[::2].flatten())
print(m.T[1])
