import numpy as np
a = np.arange(1, 6)
print(np.add.reduce(a), np.multiply.reduce(a))
print(np.add.accumulate(a), np.multiply.accumulate(a))
print(np.add.outer(np.arange(3), np.arange(3)))
