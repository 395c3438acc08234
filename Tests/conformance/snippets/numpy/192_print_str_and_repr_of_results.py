import numpy as np
a = np.array([[1.23456, 2.0], [3.0, 4.0]])
print(str(a))
print(repr(a / 3))
print(str(np.array([1.0, 2.0])), repr(np.array([1, 2])))
