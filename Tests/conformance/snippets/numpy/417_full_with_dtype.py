import numpy as np
print(repr(np.full((2, 2), 3, dtype=np.float32)))
print(repr(np.full(3, True)))
print(repr(np.full(2, np.nan)))
