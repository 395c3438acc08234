import numpy as np
print(repr(np.eye(2)))
print(repr(np.eye(2, dtype=np.float32)))
print(repr(np.eye(2, dtype=bool)))
