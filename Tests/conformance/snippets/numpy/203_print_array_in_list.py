import numpy as np
print([np.array([1, 2]), np.array([3.5])])
print((np.zeros(2),))
