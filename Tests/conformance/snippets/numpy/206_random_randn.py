import numpy as np
np.random.seed(0)
print(np.random.randn())
print(np.random.randn(4))
print(np.random.randn(2, 3))
