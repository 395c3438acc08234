import numpy as np
a = np.array([np.inf, -np.inf, 1.0])
print(a + 1, a * 2, -a)
print(np.exp(np.array([-1000.0, 0.0, -np.inf])))
print(1 / a)
