import numpy as np
x = np.array([1.0, np.nan, 3.0])
print(x.sum(), x.max(), np.nansum(x), np.nanmax(x), np.nanmean(x))
print(np.nan == np.nan, np.isnan(np.nan))
