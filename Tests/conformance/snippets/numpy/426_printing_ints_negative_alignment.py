import numpy as np
print(np.array([[-1, 10], [100, -1000]]))
print(repr(np.array([[-1, 10], [100, -1000]])))
