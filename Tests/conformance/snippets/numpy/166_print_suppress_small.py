import numpy as np
print(np.array([1e-17, 1.0, 2.0]))
np.set_printoptions(suppress=True)
print(np.array([1e-17, 1.0, 2.0]))
print(np.array([1e-5, 123456.0]))
np.set_printoptions(suppress=False)
print(np.array([1e-5, 123456.0]))
