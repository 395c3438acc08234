import numpy as np
print(np.logspace(0, 3, 4))
print(np.logspace(-3, 0, 4))
print(np.geomspace(1, 1000, 4))
