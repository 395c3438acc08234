import numpy as np
print(np.array([-2.0, -1.0, 2.0]) ** 2)
print(np.array([-8, 4]) ** 2)
print(np.array([2.0, 4.0]) ** -1)
