import numpy as np
print(np.diag([1, 2, 3]))
m = np.arange(9).reshape(3, 3)
print(np.diag(m), np.diag(m, k=1), np.diag(m, -1))
print(np.diag(np.diag(m)))
