import numpy as np
x = np.array([1.0, np.nan, 3.0, np.nan])
print(x[~np.isnan(x)])
x[np.isnan(x)] = 0.0
print(x)
