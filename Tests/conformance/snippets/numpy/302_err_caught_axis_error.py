import numpy as np
m = np.zeros((2, 3))
try:
    m.sum(axis=2)
except IndexError as e:
    print("IndexError subclass:", type(e).__name__, "|", e)
