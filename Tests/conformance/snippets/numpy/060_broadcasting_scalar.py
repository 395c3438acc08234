import numpy as np
a = np.array([[1, 2, 3], [4, 5, 6]])
print(a + 10)
print(a * 2.5)
print(10 - a)
print(2 ** a)
