import numpy as np
x = np.array([1.0, np.nan, 3.0])
print(x.sum(), x.max(), x.mean())
ok = ~np.isnan(x)
print(x[ok].sum(), x[ok].max(), x[ok].mean())
print(np.nan == np.nan, np.isnan(np.nan))
