import numpy as np
a = np.array([4, 9, 1, 7])
print(np.ptp(a))
print(np.average(a), np.average(a, weights=[1, 0, 0, 1]))
print(np.average(np.array([[1.0, 2.0], [3.0, 4.0]]), axis=0, weights=[3, 1]))
