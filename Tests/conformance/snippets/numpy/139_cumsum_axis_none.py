import numpy as np
m = np.array([[1, 2], [3, 4]])
print(np.cumsum(m))
print(m.cumprod(axis=1))
