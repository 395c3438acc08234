import numpy as np
np.random.seed(2)
print(np.random.uniform())
print(np.random.uniform(-1, 1, 4))
print(np.random.uniform(low=10, high=20, size=(2, 2)))
