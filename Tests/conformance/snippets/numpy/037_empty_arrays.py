import numpy as np
e = np.array([])
print(repr(e), e.shape, e.dtype, e.size)
print(repr(np.zeros((0, 3))), np.zeros((0, 3)).shape)
print(np.array([]).sum(), repr(np.arange(0)))
