import numpy as np
m = np.empty_like(np.zeros((2, 2), dtype=np.float32))
m.fill(0.5)
print(repr(m))
