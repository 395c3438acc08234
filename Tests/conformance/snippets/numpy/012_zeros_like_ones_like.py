import numpy as np
a = np.array([[1.5, 2.5], [3.5, 4.5]])
print(repr(np.zeros_like(a)))
print(repr(np.ones_like(a)))
b = np.arange(3)
print(repr(np.zeros_like(b)), repr(np.ones_like(b, dtype=float)))
