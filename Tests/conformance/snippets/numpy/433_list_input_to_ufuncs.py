import numpy as np
print(np.exp([0, 1]), np.add([1, 2], [3, 4]), np.multiply(2, [1, 2]))
print(np.array([1, 2]) + [10, 20])
