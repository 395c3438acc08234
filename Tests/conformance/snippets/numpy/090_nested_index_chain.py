import numpy as np
t = np.arange(60).reshape(3, 4, 5)
print(t[1][2][3], t[1, 2, 3])
print(t[1:, :2, ::2][1])
print(t[-1, -1, -1], t[-1][-1][-3:])
