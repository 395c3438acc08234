import numpy as np
print(np.abs(np.array([-3, 4])), np.abs(np.array([-1.5, 0.0])))
print(abs(np.array([-2.5])), repr(np.abs(np.array([-1, 2]))))
