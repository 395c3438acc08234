import numpy as np
b = np.arange(1200) % 2 == 0
print(b)
print(repr(b))
