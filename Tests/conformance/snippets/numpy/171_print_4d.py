import numpy as np
t = np.arange(16).reshape(2, 2, 2, 2)
print(t)
