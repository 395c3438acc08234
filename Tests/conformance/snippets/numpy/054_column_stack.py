import numpy as np
x = np.array([1.0, 2.0, 3.0])
X = np.column_stack([np.ones_like(x), x])
print(X)
print(np.column_stack([x, x ** 2]).shape)
