import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(np.dot(a, b), a @ b, a.dot(b), np.inner(a, b))
print(repr(np.dot(a, b)), repr(np.dot(a * 1.0, b)))
