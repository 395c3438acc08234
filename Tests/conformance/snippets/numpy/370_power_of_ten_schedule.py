import numpy as np
lrs = 10.0 ** np.linspace(-4, -1, 4)
print(lrs)
print(2 ** np.arange(5))
