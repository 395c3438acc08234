import numpy as np
print(np.linspace(0, 1, 5))
print(np.linspace(0, 10, 3))
print(repr(np.linspace(-1, 1, 4)))
print(np.linspace(0, 1, 5, endpoint=False))
