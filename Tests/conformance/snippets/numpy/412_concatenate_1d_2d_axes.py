import numpy as np
a = np.ones((2, 3))
b = np.zeros((2, 1))
print(np.concatenate((a, b), axis=1))
print(np.concatenate((a, a), axis=-1).shape)
