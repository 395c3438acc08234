import numpy as np
t = np.arange(24).reshape(2, 3, 4)
print(t[1, 2, 3], t[0, 1])
print(t[:, 0, :])
print(t[:, :, -1])
print(t[1, ::2, ::2])
