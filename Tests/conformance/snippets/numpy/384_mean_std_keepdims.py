import numpy as np
x = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 9.0]])
m = x.mean(axis=0, keepdims=True)
s = x.std(axis=0, keepdims=True)
print(m, s.shape)
print(np.round((x - m) / s, 6))
