import numpy as np
a = np.array([-7.5, 7.5])
print(a % 2, a // 2, a % -2)
