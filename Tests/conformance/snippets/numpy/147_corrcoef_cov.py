import numpy as np
x = np.array([1.0, 2.0, 3.0, 4.0])
y = np.array([2.0, 4.0, 5.0, 4.0])
print(np.round(np.cov(x, y), 6))
print(np.round(np.corrcoef(x, y), 6))
