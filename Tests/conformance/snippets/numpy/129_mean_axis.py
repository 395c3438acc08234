import numpy as np
m = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(m.mean(), m.mean(axis=0), m.mean(axis=1))
print(np.mean(m, axis=1, keepdims=True))
print(repr(np.mean([1, 2, 3, 4])))
