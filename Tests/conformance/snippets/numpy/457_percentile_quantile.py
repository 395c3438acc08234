import numpy as np
data = np.array([7, 1, 5, 3, 9, 2, 8])
print(np.percentile(data, 50), np.percentile(data, 25), np.percentile(data, 90))
print(np.quantile(data, [0.1, 0.5, 0.75]))
print(np.percentile([1.5, 2.5, 10.0], [0, 33, 100]))
m = np.array([[10, 7, 4], [3, 2, 1], [6, 5, 9]])
print(np.percentile(m, 50, axis=0))
print(np.percentile(m, [25, 75], axis=1))
print(np.quantile(m, 0.5, axis=1, keepdims=True))
print(np.percentile(m, 40, keepdims=True).shape)
for method in ["lower", "higher", "midpoint", "nearest", "linear"]:
    print(method, np.percentile(data, 40, method=method), np.quantile([1, 2, 3, 4], [0.3, 0.5], method=method))
print(repr(np.percentile(np.array([1, 2, 3, 4]), 50, method="lower")))
print(np.percentile([1.0, np.nan, 3.0], 50))
print(np.nanpercentile([1.0, np.nan, 3.0, 4.0], 50), np.nanquantile([[1.0, np.nan], [2.0, 4.0]], 0.5, axis=1))
scores = np.random.RandomState(3).normal(70, 10, size=200)
print(np.round(np.percentile(scores, [5, 25, 50, 75, 95]), 6))
print(np.median(data), np.nanmedian([np.nan, 4.0, 1.0, 2.0]), np.nanmedian([[1.0, np.nan], [3.0, 5.0]], axis=0))
for bad in [lambda: np.percentile(data, 101), lambda: np.quantile(data, -0.5), lambda: np.percentile(data, 50, method="bogus")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
