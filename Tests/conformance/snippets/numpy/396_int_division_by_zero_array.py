import numpy as np
with np.errstate(divide="ignore"):
    r = np.array([1, 2]) // np.array([0, 1])
print(r)
