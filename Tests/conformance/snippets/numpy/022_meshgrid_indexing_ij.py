import numpy as np
I, J = np.meshgrid(np.arange(2), np.arange(3), indexing="ij")
print(I)
print(J)
