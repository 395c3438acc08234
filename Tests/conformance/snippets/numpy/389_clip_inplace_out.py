import numpy as np
g = np.array([-5.0, 0.3, 7.0])
np.clip(g, -1.0, 1.0, out=g)
print(g)
print(np.clip(np.arange(5), 1, 3).dtype)
