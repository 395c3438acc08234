import numpy as np
t = np.zeros((2, 2, 3))
t[..., 0] = 1
t[..., -1] = [5, 6]
print(t)
