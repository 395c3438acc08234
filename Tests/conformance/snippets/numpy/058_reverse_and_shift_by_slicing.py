import numpy as np
a = np.arange(6)
print(a[::-1])
print(np.concatenate([a[-2:], a[:-2]]), np.concatenate([a[1:], a[:1]]))
m = np.arange(6).reshape(2, 3)
print(m[:, ::-1])
print(m[::-1])
