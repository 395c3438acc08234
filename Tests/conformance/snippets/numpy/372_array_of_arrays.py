import numpy as np
rows = [np.array([1, 2]), np.array([3, 4])]
m = np.array(rows)
print(m, m.shape)
print(np.array([np.float64(1.5), 2]))
