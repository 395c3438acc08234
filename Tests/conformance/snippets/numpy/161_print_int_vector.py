import numpy as np
a = np.array([1, -20, 300])
print(a)
print(repr(a))
print(str(a))
