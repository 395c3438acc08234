import numpy as np
print(np.zeros(3))
print(np.ones((2, 3)))
print(repr(np.zeros((2, 2), dtype=int)))
print(repr(np.ones(4, dtype=np.float32)))
