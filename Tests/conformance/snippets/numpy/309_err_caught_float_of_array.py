import numpy as np
try:
    float(np.array([1.0, 2.0]))
except TypeError as e:
    print(type(e).__name__, "|", e)
