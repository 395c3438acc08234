import numpy as np
a = np.arange(4.0)
out = np.multiply(a, 2)
print(out)
a = np.exp(a)
print(np.round(a, 4))
