import numpy as np
a = np.arange(10)
print(np.array_split(a, 3))
m = np.arange(16).reshape(4, 4)
top, bottom = np.vsplit(m, 2)
print(top)
print(np.hsplit(m, 4)[3].ravel())
