import numpy as np
t = np.arange(12).reshape(2, 2, 3)
print(t)
print(repr(t))
