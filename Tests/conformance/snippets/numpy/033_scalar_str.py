import numpy as np
print(np.float64(3.0), np.float32(1 / 3), np.int64(-7))
print(str(np.float64(1e16)), str(np.float32(1e-5)))
print(np.float32(0.1), float(np.float32(0.1)))
