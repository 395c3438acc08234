import numpy as np
a = np.ones(2, dtype=np.float32)
print((a + 1).dtype, (a + 1.5).dtype, (a * 2).dtype)
print((a + np.ones(2)).dtype, (a + np.arange(2)).dtype)
print((a + np.float64(1.0)).dtype, (a + np.float32(1)).dtype)
