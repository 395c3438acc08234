import numpy as np
rng = np.random.default_rng(0)
print(rng.uniform(0, 1, 3))
print(rng.standard_normal(3))
print(rng.permutation(5))
print(rng.choice(10, 3, replace=False))
