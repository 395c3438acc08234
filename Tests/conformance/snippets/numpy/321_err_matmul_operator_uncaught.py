import numpy as np
x = np.ones(3)
y = np.ones(4)
print(x @ y)
