import numpy as np
a = np.arange(10) ** 2
idx = np.array([[1, 2], [3, 4]])
print(a[idx])
print(a[idx].shape)
