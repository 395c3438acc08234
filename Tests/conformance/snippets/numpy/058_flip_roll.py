import numpy as np
a = np.arange(6)
print(np.flip(a), a[::-1])
print(np.roll(a, 2), np.roll(a, -1))
m = np.arange(6).reshape(2, 3)
print(np.flip(m, axis=1))
print(np.flipud(m))
print(np.fliplr(m))
