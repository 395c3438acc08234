import numpy as np
a = np.array([1.5, 2.5])
x = a[0]
print(x, type(x).__name__, repr(x))
i = np.arange(3)[1]
print(i, type(i).__name__, repr(i))
b = np.array([True])[0]
print(b, repr(b), type(b).__name__)
