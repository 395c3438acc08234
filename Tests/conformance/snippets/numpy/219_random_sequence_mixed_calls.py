import numpy as np
np.random.seed(11)
a = np.random.rand()
b = np.random.randn()
c = np.random.randint(100)
d = np.random.rand(2)
print(a, b, c, d)
