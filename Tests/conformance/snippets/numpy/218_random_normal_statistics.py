import numpy as np
np.random.seed(0)
x = np.random.normal(3.0, 2.0, size=10000)
print(round(float(x.mean()), 2), round(float(x.std()), 2))
print(x.shape)
