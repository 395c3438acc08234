import numpy as np
b = np.arange(8).reshape(2, 2, 2) % 3 == 0
print(b)
