import numpy as np
a = np.array([[1.23456, 2.0], [3.0, 4.0]])
print(np.array2string(a, precision=2))
print(np.array_str(np.array([1.0, 2.0])))
print(np.array_repr(np.array([1, 2])))
