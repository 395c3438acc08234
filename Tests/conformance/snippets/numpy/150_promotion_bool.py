import numpy as np
b = np.array([True, False])
print((b + b).dtype, repr(b + b), (b + 1).dtype, (b * 1.5).dtype)
print(repr(b & True), repr(np.array([True]) + np.array([1.0])))
