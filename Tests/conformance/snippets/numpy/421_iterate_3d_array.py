import numpy as np
t = np.arange(8).reshape(2, 2, 2)
for mat in t:
    print(mat.shape, mat.sum())
for x in t[0, 0]:
    print(repr(x))
