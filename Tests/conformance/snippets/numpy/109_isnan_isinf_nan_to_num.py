import numpy as np
x = np.array([1.0, np.nan, np.inf, -np.inf, 0.0])
print(np.isnan(x), np.isinf(x), np.isfinite(x))
print(np.nan_to_num(x))
print(np.nan_to_num(x, nan=-1.0, posinf=9.0, neginf=-9.0))
