import numpy as np
print(np.array([1e-5, 1.0]))
print(np.array([1e8, 1.0]))
print(np.array([1e16, 1.0]))
print(np.array([0.0001, 0.001]))
print(np.array([1e-10]))
