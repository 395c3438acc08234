import numpy as np
a = np.arange(10) * 10
idx = [1, 3, 3, 8]
print(a[idx])
print(a[np.array([-1, 0])])
print(a[[[0, 1], [2, 3]]])
