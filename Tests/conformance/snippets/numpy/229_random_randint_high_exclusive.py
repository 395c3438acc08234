import numpy as np
np.random.seed(16)
d = np.random.randint(1, 7, size=1000)
print(d.min(), d.max(), np.unique(d))
print(np.random.randint(2, size=(2, 4)))
print(np.random.randint(low=0, high=3, size=5))
