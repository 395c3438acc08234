import numpy as np
m = np.arange(6).reshape(2, 3)
s0 = m.sum(axis=0, keepdims=True)
s1 = m.sum(axis=1, keepdims=True)
print(s0, s0.shape)
print(s1, s1.shape)
print(m / s1)
