import numpy as np
x = np.float64(1.5)
a = np.arange(3)
print(repr(x * a), repr(a + np.int64(1)), repr(a * np.float32(2)))
