import numpy as np
print(np.array([0.30000000000000004, 1.1]))
print(np.array([2.0000001, 1.0]))
print(np.array([1.000000001]))
