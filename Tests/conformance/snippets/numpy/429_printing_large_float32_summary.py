import numpy as np
a = np.ones(1500, dtype=np.float32) / 3
print(repr(a))
