import numpy as np
try:
    np.concatenate([np.zeros((2, 3)), np.zeros((2, 4))])
except ValueError as e:
    print(type(e).__name__, "|", e)
