import numpy as np
print(np.arange(5))
print(np.arange(2, 10))
print(np.arange(0, 1, 0.25))
print(np.arange(10, 0, -3))
print(repr(np.arange(3.0)))
print(np.arange(0).shape)
