import numpy as np
r = np.exp(np.array([1.0, 710.0]))
print(r)
print(np.isinf(r))
