import numpy as np
try:
    np.stack([np.zeros(3), np.zeros(4)])
except ValueError as e:
    print(type(e).__name__, "|", e)
