import numpy as np
with np.errstate(over="ignore"):
    r = np.exp(np.array([1.0, 710.0]))
print(r)
print(np.isinf(r))
