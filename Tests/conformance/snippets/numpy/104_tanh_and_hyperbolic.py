import numpy as np
x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])
print(np.tanh(x))
print(np.sinh(np.array([0.0, 1.0])), np.cosh(np.array([0.0, 1.0])))
