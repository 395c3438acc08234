import numpy as np
try:
    np.split(np.arange(7), 3)
except ValueError as e:
    print(type(e).__name__, "|", e)
