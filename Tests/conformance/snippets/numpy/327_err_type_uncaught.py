import numpy as np
print(np.zeros(2, dtype=float))
np.zeros(2, dtyp=float)
