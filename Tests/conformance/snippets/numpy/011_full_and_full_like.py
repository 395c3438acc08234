import numpy as np
print(np.full((2, 3), 7))
print(repr(np.full(3, 0.5)))
a = np.arange(4)
print(repr(np.full_like(a, 9)))
print(repr(np.full_like(a, 2.7)))
