import numpy as np
try:
    np.zeros((2, 3, 4)) * np.zeros((3, 3))
except ValueError as e:
    print(type(e).__name__, "|", e)
