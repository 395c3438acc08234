import numpy as np
b = np.array([True, False, True])
print(b)
print(repr(b))
print(repr(np.array([[True], [False]])))
