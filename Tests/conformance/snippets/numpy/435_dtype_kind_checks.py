import numpy as np
for a in [np.zeros(1), np.zeros(1, dtype=np.float32), np.arange(1), np.array([True])]:
    print(a.dtype, a.dtype == np.float64, a.dtype == np.float32, a.dtype == np.int64, a.dtype == bool)
