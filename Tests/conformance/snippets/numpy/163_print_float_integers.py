import numpy as np
print(np.array([1.0, 2.0, 3.0]))
print(repr(np.array([1.0, 2.0, 3.0])))
print(np.array([-1.0, 0.0, 10.0]))
print(np.array([0.5, 100.0]))
