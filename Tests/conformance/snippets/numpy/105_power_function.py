import numpy as np
print(np.power(2, np.arange(6)))
print(np.power(np.array([1.0, 4.0, 9.0]), 0.5))
print(np.power(np.array([2, 3]), np.array([3, 2])))
print(repr(np.power(2.0, -1)))
