import numpy as np
np.random.seed(1)
print(np.random.normal())
print(np.random.normal(5.0, 2.0, size=3))
print(np.random.normal(0, 0.01, (2, 2)))
