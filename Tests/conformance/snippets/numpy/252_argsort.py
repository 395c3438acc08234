import numpy as np
a = np.array([30, 10, 20])
idx = np.argsort(a)
print(idx, a[idx])
print(np.argsort(-a), a.argsort()[::-1])
names = np.array(["c", "a", "b"])
print(names[idx])
