import numpy as np
i = np.array([1, 2])
f = np.array([0.5, 1.5])
print((i + f).dtype, (i * 2).dtype, (i * 2.0).dtype, (i / 2).dtype)
print(repr(i + f), repr(i / i))
