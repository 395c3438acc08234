import numpy as np
np.random.seed(4)
print(np.random.choice(10))
print(np.random.choice(10, 5))
print(np.random.choice(["a", "b", "c"], 4))
print(np.random.choice(5, 3, replace=False))
