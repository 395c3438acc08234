import numpy as np
m = np.arange(16).reshape(4, 4)
print(m[::-1])
print(m[::-1, ::-1])
print(m[-1:0:-2, 1::2])
