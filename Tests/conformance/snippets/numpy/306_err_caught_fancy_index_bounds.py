import numpy as np
a = np.arange(5)
try:
    a[[0, 7]]
except IndexError as e:
    print(type(e).__name__, "|", e)
