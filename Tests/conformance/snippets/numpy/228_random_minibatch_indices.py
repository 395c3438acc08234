import numpy as np
np.random.seed(15)
n, bs = 10, 4
perm = np.random.permutation(n)
for start in range(0, n, bs):
    print(perm[start:start + bs])
