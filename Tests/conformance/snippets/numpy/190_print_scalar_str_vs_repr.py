import numpy as np
x = np.float64(0.1) * 3
print(x)
print(repr(x))
print(f"{x}", f"{x:.3f}", f"{x!r}")
print(str(np.float32(2.0)), repr(np.float32(2.0)))
