import numpy as np
np.random.seed(1)
m = np.random.randn(3, 3)
print(m)
print(repr(m))
