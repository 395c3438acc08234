import numpy as np
a = np.array([-5, -3, 3, 5])
print(a % 3, a // 3, a % -3, a // -3)
print(a / 2, (a // 2) * 2 + a % 2)
