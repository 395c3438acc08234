import numpy as np
for a in [np.zeros(1), np.zeros(1, dtype=np.float32), np.arange(1), np.array([True])]:
    print(a.dtype, a.dtype.kind, np.issubdtype(a.dtype, np.floating), np.issubdtype(a.dtype, np.integer))
