import numpy as np
a = np.array(["a", "b", "c"])
print(a[[2, 2, 0, -1]])
print(repr(a), a.dtype)
