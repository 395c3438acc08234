import numpy as np
np.random.seed(123)
x = np.random.randn(5)
for v in x:
    print(repr(v))
