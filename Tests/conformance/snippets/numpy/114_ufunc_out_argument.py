import numpy as np
a = np.arange(4.0)
out = np.empty(4)
np.multiply(a, 2, out=out)
print(out)
np.exp(a, out=a)
print(np.round(a, 4))
