import numpy as np
m = np.zeros((2, 3))
try:
    m[0] = [1, 2]
except ValueError as e:
    print(type(e).__name__, "|", e)
