import numpy as np
np.random.seed(19)
print(np.random.standard_normal((2, 2)))
print(np.random.randn(1, 3).shape)
