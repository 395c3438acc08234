import numpy as np
x = np.arange(10)
print(x.reshape(2, 5).shape)
x.reshape(3, 3)
