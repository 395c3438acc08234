import numpy as np
m = np.array([[3, 30], [1, 10], [2, 20]])
print(m[m[:, 0].argsort()])
print(m[np.argsort(-m[:, 1])])
