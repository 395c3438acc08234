import numpy as np
a = np.arange(4)
try:
    a[np.array([True, False])]
except IndexError as e:
    print(type(e).__name__, "|", e)
