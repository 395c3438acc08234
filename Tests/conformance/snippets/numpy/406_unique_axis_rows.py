import numpy as np
m = np.array([[1, 2], [3, 4], [1, 2]])
print(np.unique(m, axis=0))
