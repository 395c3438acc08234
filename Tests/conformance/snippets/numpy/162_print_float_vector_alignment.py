import numpy as np
a = np.array([1.5, -22.25, 333.125])
print(a)
print(repr(a))
print(np.array([0.001, 1000.0]))
