import numpy as np
a = np.array([[1.5, 2.0], [3.25, -4.0]])
np.savetxt("a.txt", a)
b = np.loadtxt("a.txt")
print(b)
print(np.array_equal(a, b))
