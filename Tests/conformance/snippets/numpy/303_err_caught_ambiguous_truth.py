import numpy as np
a = np.array([1, 2])
try:
    if a:
        pass
except ValueError as e:
    print(type(e).__name__, "|", e)
