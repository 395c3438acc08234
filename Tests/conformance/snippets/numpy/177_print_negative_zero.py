import numpy as np
a = np.array([-0.0, 0.0, 1.0])
print(a)
print(repr(np.array([-0.0])))
