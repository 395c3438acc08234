import numpy as np
m = np.arange(12).reshape(3, 4) - 5
print(m)
print(repr(m))
