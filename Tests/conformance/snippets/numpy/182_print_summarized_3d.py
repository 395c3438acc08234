import numpy as np
t = np.zeros((20, 10, 10))
print(t)
