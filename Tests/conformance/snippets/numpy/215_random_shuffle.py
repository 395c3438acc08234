import numpy as np
np.random.seed(8)
a = np.arange(10)
np.random.shuffle(a)
print(a)
m = np.arange(6).reshape(3, 2)
np.random.shuffle(m)
print(m)
