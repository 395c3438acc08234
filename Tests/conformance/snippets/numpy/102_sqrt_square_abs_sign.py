import numpy as np
x = np.array([-4.0, -1.0, 0.0, 2.25, 9.0])
print(np.abs(x), np.square(x))
print(np.sign(x), np.sign(np.array([-3, 0, 3])))
print(np.sqrt(np.abs(x)))
print(np.abs(-3), np.abs(np.array([-2, 2])))
