import numpy as np
v = np.arange(3).reshape(-1, 1)
print(v)
print(repr(v * 0.5))
