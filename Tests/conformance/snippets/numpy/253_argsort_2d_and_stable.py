import numpy as np
m = np.array([[3, 1, 2], [1, 3, 2]])
print(np.argsort(m, axis=1))
print(np.argsort(m, axis=0))
print(np.argsort(np.array([2, 1, 2, 1]), kind="stable"))
