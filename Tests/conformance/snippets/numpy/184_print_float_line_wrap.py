import numpy as np
a = np.linspace(0, 1, 15)
print(a)
print(repr(a))
