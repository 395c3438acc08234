import numpy as np
m = np.arange(100 * 50).reshape(100, 50)
print(m)
