import numpy as np
r = np.log(np.array([0.0, -1.0, 1.0]))
print(r)
print(np.isnan(r), np.isinf(r))
