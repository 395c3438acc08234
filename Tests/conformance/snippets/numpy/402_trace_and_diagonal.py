import numpy as np
m = np.arange(16).reshape(4, 4)
print(np.trace(m), m.diagonal(), np.diagonal(m, 1))
print(np.trace(m, offset=-1))
