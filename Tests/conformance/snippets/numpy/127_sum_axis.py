import numpy as np
m = np.arange(12).reshape(3, 4)
print(m.sum(), m.sum(axis=0), m.sum(axis=1))
print(np.sum(m, axis=-1), m.sum(axis=(0, 1)))
print(repr(m.sum(axis=0)))
