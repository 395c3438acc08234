import numpy as np
m = np.zeros((3, 3))
m[3, 0] = 1
