import numpy as np
bins = np.array([0, 10, 20, 30])
print(np.searchsorted(bins, [5, 10, 25, 40]))
print(np.searchsorted(bins, 10, side="right"))
