import numpy as np
Z = np.array([[-1.0, 2.0], [3.0, -4.0]])
dA = np.array([[0.5, 0.5], [0.5, 0.5]])
dZ = np.array(dA, copy=True)
dZ[Z <= 0] = 0
print(dZ)
print(dA * (Z > 0))
