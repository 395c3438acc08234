import numpy as np
print(np.sqrt(16), np.exp(0), np.log(1), np.abs(-3))
print(repr(np.sqrt(16)), repr(np.abs(-3)), repr(np.maximum(2, 5.0)))
print(np.sum([1, 2, 3]), np.mean([1, 2, 3, 4]), np.max([3, 7]))
