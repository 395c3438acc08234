import numpy as np
m = np.arange(1, 10).reshape(3, 3)
print(np.tril(m))
print(np.triu(m))
print(np.triu(m, 1))
print(np.tri(3))
