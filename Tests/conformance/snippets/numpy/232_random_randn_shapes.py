import numpy as np
np.random.seed(19)
print(np.random.randn(2, 2))
print(np.random.randn(1, 3).shape, np.random.randn().__class__.__name__)
