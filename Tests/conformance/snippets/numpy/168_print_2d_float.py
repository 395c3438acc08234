import numpy as np
m = np.array([[1.5, 2.25], [-3.0, 40.125]])
print(m)
print(repr(m))
