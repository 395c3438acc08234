import numpy as np
print(np.array([1e5, 2e5]))
print(np.array([123456.5, 0.25]))
print(np.array([1e7, 1.0]))
