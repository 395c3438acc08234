import numpy as np
a = np.arange(6)
print(a.reshape((2, 3)))
print(a.reshape(3, 2, order="F"))
print(np.arange(8).reshape(2, 2, 2).reshape(4, 2))
