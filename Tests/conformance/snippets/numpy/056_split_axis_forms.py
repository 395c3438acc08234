import numpy as np
m = np.arange(16).reshape(4, 4)
top, bottom = np.split(m, 2)
print(top)
print(np.split(m, 4, axis=1)[3].ravel())
print([p.shape for p in np.split(np.arange(10), [3, 6])])
