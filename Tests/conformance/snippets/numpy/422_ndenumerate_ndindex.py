import numpy as np
m = np.array([[10, 20], [30, 40]])
for idx, v in np.ndenumerate(m):
    print(idx, v)
