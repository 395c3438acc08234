import numpy as np
a = np.arange(3)
try:
    a[0, 0]
except IndexError as e:
    print(type(e).__name__, "|", e)
