import numpy as np
x = np.array([[1.0, 2.0, 3.0, 4.0], [2.0, 4.0, 6.0, 8.0]])
print(x.var(axis=1), x.var(axis=1, ddof=1))
print(np.std(x, axis=0))
