import numpy as np
try:
    np.zeros(2, dtype="flot32")
except TypeError as e:
    print(type(e).__name__, "|", e)
