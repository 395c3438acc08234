import numpy as np
a = np.array([7, 2, 9, 4, 1, 8])
k = 3
top = np.sort(a)[-k:][::-1]
print(top)
idx = np.argsort(a)[::-1][:k]
print(idx, a[idx])
