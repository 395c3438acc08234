import numpy as np
m = np.array([[3, 9, 1], [4, 2, 8]])
print(-np.sort(-m, axis=1))
print(np.sort(m, axis=1)[:, ::-1])
