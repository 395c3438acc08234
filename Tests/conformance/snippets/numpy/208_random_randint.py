import numpy as np
np.random.seed(0)
print(np.random.randint(10))
print(np.random.randint(0, 10, size=8))
print(np.random.randint(5, 15, (2, 3)))
print(np.random.randint(-100, 100, 4))
