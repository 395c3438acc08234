import numpy as np
a = np.arange(2000)
print(a)
print(repr(a))
