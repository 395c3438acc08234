import numpy as np
a = np.array([0.5, 0.25, 0.125], dtype=np.float32)
print(a.sum(), repr(a.sum()), a.mean(), a.max())
print(repr(a * 2), repr(a.cumsum()))
