import numpy as np
a = np.array([1, 2])
b = np.array([3, 4])
print(np.vstack([a, b]))
print(np.hstack([a, b]))
m = np.ones((2, 2))
print(np.hstack([m, np.zeros((2, 1))]))
print(np.vstack([m, [[7, 8]]]))
