import numpy as np
m = np.arange(12).reshape(3, 4)
print(m[1, 2], m[1][2], m[-1, -1])
print(m[0], m[:, 1], m[1, :])
print(m[:2, 1:3])
print(m[::2, ::3])
