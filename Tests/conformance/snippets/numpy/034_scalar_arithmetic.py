import numpy as np
x = np.float64(2.5)
y = x * 2
print(y, type(y).__name__)
z = np.int64(7) // 2
print(z, type(z).__name__)
w = np.float32(1.5) + 1
print(w, type(w).__name__)
print(type(np.int64(3) + 1.5).__name__)
