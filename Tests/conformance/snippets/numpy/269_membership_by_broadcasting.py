import numpy as np
a = np.array([1, 2, 3, 4, 5])
wanted = np.array([2, 4, 9])
mask = (a[:, None] == wanted[None, :]).any(axis=1)
print(mask, a[mask])
print(np.unique(np.concatenate([a, wanted])))
