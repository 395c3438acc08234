import numpy as np
a = np.arange(1, 6)
total, prod = 0, 1
for v in a:
    total += v
    prod *= v
print(total, a.sum(), prod, a.prod())
print(np.cumsum(a), np.cumprod(a))
print(np.outer(np.arange(3), np.ones(3, dtype=int)) + np.arange(3))
