import numpy as np
x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])
print(np.tanh(x))
print(repr(np.tanh(np.array([0.0, 20.0], dtype=np.float32))))
