import numpy as np
a = np.arange(30) * 1000
print(a)
print(repr(a))
