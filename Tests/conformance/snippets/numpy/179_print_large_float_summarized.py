import numpy as np
a = np.linspace(0, 1, 1001)
print(a)
print(repr(a))
