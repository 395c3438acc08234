import numpy as np
x = np.array([1.0, 2.0, 10.0])
print(np.exp(x))
print(np.log(x))
print(np.log2(x), np.log10(x))
print(np.log1p(np.array([0.0, 1e-10, 1.0])))
