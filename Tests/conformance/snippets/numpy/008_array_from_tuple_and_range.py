import numpy as np
print(np.array((1, 2, 3)))
print(np.array(range(5)))
print(np.array([(1, 2), (3, 4)]))
