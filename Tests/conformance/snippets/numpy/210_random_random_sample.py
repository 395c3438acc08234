import numpy as np
np.random.seed(5)
print(np.random.random())
print(np.random.random(3))
print(np.random.random((2, 2)))
print(np.random.random(size=2))
