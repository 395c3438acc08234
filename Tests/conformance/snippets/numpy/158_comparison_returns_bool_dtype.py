import numpy as np
a = np.arange(3)
r = a > 1
print(r.dtype, repr(r), r.astype(np.float32))
