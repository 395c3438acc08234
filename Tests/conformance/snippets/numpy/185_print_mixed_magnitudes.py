import numpy as np
print(np.array([0.1, 1.0, 10.0, 100.0]))
print(np.array([123456789.0, 0.5]))
print(np.array([1.5e-3, 2.5e-2]))
