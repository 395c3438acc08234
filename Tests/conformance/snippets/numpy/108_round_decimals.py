import numpy as np
a = np.array([1.23456, 12.3456, 123.456])
print(a.round(2))
print(np.round(a, -1))
print(np.round(np.array([15, 25, 35]), -1))
print(np.round(np.float64(2.5)), round(np.float64(3.5)))
