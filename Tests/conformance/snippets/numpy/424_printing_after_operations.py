import numpy as np
a = np.array([1.0, 2.0, 3.0])
print(a / 3)
print(a * 1e-6)
print(a * 1e6)
print(-a / 7)
