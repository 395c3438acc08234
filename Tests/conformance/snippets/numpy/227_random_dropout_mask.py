import numpy as np
np.random.seed(14)
a = np.ones((2, 5))
keep = 0.8
mask = np.random.rand(*a.shape) < keep
print(mask)
print(a * mask / keep)
