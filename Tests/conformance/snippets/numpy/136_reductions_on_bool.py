import numpy as np
b = np.array([True, False, True, True])
print(b.sum(), repr(b.sum()), b.mean(), b.astype(int).cumsum())
print(np.count_nonzero(b), (~b).sum())
