import numpy as np
a = np.zeros(2, dtype=np.float32)
print(a.dtype, a.dtype == np.float32, a.dtype.name)
print(np.dtype("float64"), np.dtype(int), np.dtype(bool))
print(a.itemsize, np.arange(3).itemsize, a.nbytes)
