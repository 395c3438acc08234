import numpy as np
a = np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
print(a.std(), a.var())
print(np.std(a, ddof=1), np.var(a, ddof=1))
m = a.reshape(2, 4)
print(m.std(axis=1), m.var(axis=0))
