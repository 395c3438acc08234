import numpy as np
x = np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.675])
print(np.floor(x))
print(np.ceil(x))
print(np.round(x))
print(np.around(x, 1))
print(np.round(x, 2))
