import numpy as np
m = np.arange(12).reshape(3, 4)
print(m[[0, 2]])
print(m[[0, 1, 2], [3, 2, 1]])
print(m[:, [0, 3]])
print(m[[0, 2]][:, [1, 3]])
