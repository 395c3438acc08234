import numpy as np
m = np.arange(2002).reshape(1001, 2)
print(m)
print(repr(m))
