import numpy as np
a = np.arange(6)
try:
    a.reshape(4, 2)
except ValueError as e:
    print(type(e).__name__, "|", e)
try:
    a.reshape(-1, 4)
except ValueError as e:
    print(e)
