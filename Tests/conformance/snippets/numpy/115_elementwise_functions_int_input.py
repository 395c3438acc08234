import numpy as np
a = np.array([1, 4, 9])
print(repr(np.sqrt(a)), repr(np.exp(np.array([0]))))
print(repr(np.abs(np.array([-1, 2]))), repr(np.square(a)))
