import numpy as np
a = np.array([1, 2], dtype=np.float32)
print(repr(a * 3.0), repr(a / 3))
x = np.float32(2.0) * 3.0
print(repr(x), type(x).__name__)
i = np.array([1, 2], dtype=np.int64)
print(repr(i + True), repr(i // 2), repr(i ** 2))
