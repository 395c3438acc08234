import numpy as np
x = np.array([0.2, 6.4, 3.0, 1.6])
bucket = np.where(x < 1.0, 0, np.where(x < 2.5, 1, np.where(x < 4.0, 2, 3)))
print(bucket)
print((x[:, None] >= np.array([0.0, 1.0, 2.5, 4.0])).sum(axis=1) - 1)
