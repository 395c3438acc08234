import numpy as np
a = np.array([-5, -3, 3, 5])
print(np.mod(a, 3), np.remainder(a, 3), np.fmod(a, 3))
print(np.floor_divide(a, 2), np.true_divide(a, 2))
print(np.divmod(a, 3))
