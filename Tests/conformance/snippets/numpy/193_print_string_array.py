import numpy as np
s = np.array(["cat", "dog", "bird"])
print(s)
print(repr(s))
print(s.dtype)
