import numpy as np
a = np.arange(3)
print(a[:, None] == a[None, :])
print((a[:, None] < a).astype(int))
