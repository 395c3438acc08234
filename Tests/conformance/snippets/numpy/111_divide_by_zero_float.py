import numpy as np
r = np.array([1.0, -1.0, 0.0]) / 0.0
print(r)
print(np.isinf(r), np.isnan(r))
