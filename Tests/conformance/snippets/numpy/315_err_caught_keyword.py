import numpy as np
try:
    np.zeros(3, dtyp=float)
except TypeError as e:
    print(type(e).__name__)
