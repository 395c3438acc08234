import numpy as np
p = np.array([0.0, 0.5, 1.0])
eps = 1e-7
q = np.clip(p, eps, 1 - eps)
print(q)
print(np.log(q))
