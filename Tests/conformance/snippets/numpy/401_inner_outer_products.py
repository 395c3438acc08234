import numpy as np
a = np.array([1.0, 2.0])
b = np.array([3.0, 4.0])
print(np.inner(a, b), np.outer(a, b))
print(np.outer(np.arange(3), np.ones(2)))
