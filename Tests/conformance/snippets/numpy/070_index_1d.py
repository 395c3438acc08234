import numpy as np
a = np.arange(10, 20)
print(a[0], a[-1], a[3])
print(a[2:5], a[:3], a[7:], a[-3:])
print(a[::2], a[::-1], a[8:2:-2])
