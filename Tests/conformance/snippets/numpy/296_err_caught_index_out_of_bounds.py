import numpy as np
a = np.arange(3)
try:
    a[5]
except IndexError as e:
    print(type(e).__name__, "|", e)
m = np.zeros((2, 3))
try:
    m[1, 3]
except IndexError as e:
    print(e)
