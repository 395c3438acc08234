import numpy as np
a = np.array(3.5)
print(a)
print(repr(a))
print(repr(np.array(7)), repr(np.array(True)))
