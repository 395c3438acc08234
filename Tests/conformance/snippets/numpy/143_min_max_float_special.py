import numpy as np
a = np.array([-0.0, 0.0, -1e-300, 1e300])
print(a.min(), a.max(), a.argmin(), a.argmax())
print(np.max(np.array([-np.inf, -5.0])), np.min(np.array([np.inf, 2.5])))
