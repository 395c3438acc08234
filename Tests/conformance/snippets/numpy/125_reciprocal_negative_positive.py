import numpy as np
a = np.array([1.0, 2.0, 4.0])
print(np.reciprocal(a), np.negative(a), np.positive(a))
print(np.add(a, 1), np.subtract(a, 1), np.multiply(a, 3), np.divide(a, 4))
