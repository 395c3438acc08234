import numpy as np
a = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, np.nan]])
print(np.nansum(a), np.nansum(a, axis=0), np.nansum(a, axis=1, keepdims=True))
print(np.nanmean(a), np.nanmean(a, axis=0), np.nanmean(a, axis=1))
print(np.nanvar(a), np.nanvar(a, axis=1), np.nanvar(a, ddof=1))
print(np.nanstd(a), np.nanstd(a, axis=0))
print(np.nanmax(a), np.nanmin(a), np.nanmax(a, axis=1), np.nanmin(a, axis=0))
print(np.nanargmax(a), np.nanargmin(a), np.nanargmax(a, axis=0), np.nanargmin(a, axis=1))
print(repr(np.nanmean(np.array([1, 2, 3, 4]))), repr(np.nansum([1, 2])), repr(np.nanmax([3, 1])))
print(repr(np.nanmean(np.float32([1, np.nan, 2]))))
temps = np.array([21.5, np.nan, 23.0, 22.25, np.nan, 24.0])
print(f"{np.nanmean(temps):.4f} {np.nanstd(temps):.4f} {np.nanmedian(temps)}")
try:
    np.nanargmax([np.nan, np.nan])
except ValueError as e:
    print("ValueError:", e)
print(np.nansum([]), np.nanmax(np.array([[np.nan, 1.0], [2.0, 3.0]]), axis=0))
