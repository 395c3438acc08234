import numpy as np
a = np.zeros(3)
print(a.mean(axis=1))
