import numpy as np
m = np.arange(16).reshape(4, 4)
print(np.trace(m), np.diag(m), np.diag(m, 1))
print(m.trace(), np.diag(m, -1).sum())
