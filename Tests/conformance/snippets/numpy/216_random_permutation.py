import numpy as np
np.random.seed(9)
print(np.random.permutation(8))
a = np.array([10, 20, 30, 40])
p = np.random.permutation(a)
print(p, a)
