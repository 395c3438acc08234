import numpy as np
np.random.seed(16)
print(np.random.binomial(10, 0.5, size=5))
print(np.random.poisson(3.0, size=5))
print(np.random.exponential(1.0, size=2))
