import numpy as np
np.set_printoptions(threshold=5)
print(np.arange(10))
np.set_printoptions(threshold=1000)
print(np.arange(10))
