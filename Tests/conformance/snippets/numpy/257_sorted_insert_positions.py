import numpy as np
bins = np.array([0, 10, 20, 30])
vals = np.array([5, 10, 25, 40])
print((vals[:, None] > bins[None, :]).sum(axis=1))
print(np.sort(np.concatenate([bins, vals])))
