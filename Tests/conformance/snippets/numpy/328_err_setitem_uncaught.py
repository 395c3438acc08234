import numpy as np
a = np.zeros((2, 2))
a[:, 0] = [1, 2, 3]
