import numpy as np
with np.errstate(divide="ignore", invalid="ignore"):
    r = np.log(np.array([0.0, -1.0, 1.0]))
print(r)
