import numpy as np
a = np.array([np.pi, np.e])
np.set_printoptions(precision=3)
print(a)
np.set_printoptions(precision=8)
print(a)
