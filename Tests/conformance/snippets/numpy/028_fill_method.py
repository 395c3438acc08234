import numpy as np
a = np.zeros(4)
a.fill(3)
print(a)
b = np.arange(4)
b.fill(2.9)
print(b)
