import numpy as np
x = np.array([-2.0, -0.5, 0.0, 1.5, 3.0])
print(np.where(x > 0, x, 0))
print(np.where(x > 0, "pos", "neg"))
print(np.where([[True, False], [False, True]], [[1, 2], [3, 4]], [[9, 8], [7, 6]]))
