import numpy as np
z = np.array([[-1.5, 2.0], [0.0, -0.3]])
print(np.where(z > 0, z, 0.0))
print(np.where(z > 0, 1.0, 0.0))
