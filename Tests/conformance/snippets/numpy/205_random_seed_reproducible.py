import numpy as np
np.random.seed(7)
a = np.random.rand(4)
np.random.seed(7)
b = np.random.rand(4)
print(np.array_equal(a, b))
print(a)
