import numpy as np
m = np.arange(12).reshape(2, 6)
a, b, c = np.split(m, 3, axis=1)
print(a, b, c, sep="\n")
