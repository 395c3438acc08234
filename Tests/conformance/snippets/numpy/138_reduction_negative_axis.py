import numpy as np
t = np.arange(24).reshape(2, 3, 4)
print(t.sum(axis=-1))
print(t.max(axis=-2))
print(t.mean(axis=(0, 2)))
