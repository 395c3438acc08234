import numpy as np
a = np.array([-3, -1, 0, 2, 5, 9])
print(np.clip(a, 0, 5), a.clip(-1, 3))
print(np.clip(np.array([0.5, 1.5]), 0.0, 1.0))
print(np.clip(a, None, 2), np.clip(a, 1, None))
