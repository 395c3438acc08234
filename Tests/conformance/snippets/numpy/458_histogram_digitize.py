import numpy as np
x = np.array([1, 2, 2, 3, 9, 4.5, 7, 7, 7.2])
hist, edges = np.histogram(x)
print(hist, edges)
print(np.histogram(x, bins=4))
print(np.histogram(x, bins=[0, 2, 5, 10]))
print(np.histogram(x, bins=3, range=(0, 6)))
h, e = np.histogram(x, bins=4, density=True)
print(h, e, (h * np.diff(e)).sum())
print(np.histogram(x, bins=3, weights=np.ones_like(x) * 0.5))
print(np.histogram([5, 5, 5], bins=2))
print(np.histogram(np.arange(10), bins=np.array([0, 3, 6, 9])))
print(np.histogram(np.array([0.1, 0.2, 0.3, 0.7]), bins=5, range=(0.0, 1.0)))
r = np.random.RandomState(0).randn(1000)
counts, edges = np.histogram(r, bins=10)
print(counts, counts.sum(), edges.round(4))
print(np.digitize([0.5, 1.0, 1.5, 2.5, 3.0], [1, 2, 3]))
print(np.digitize([0.5, 1.0, 1.5, 2.5, 3.0], [1, 2, 3], right=True))
print(np.digitize(np.array([[0.2, 6.4], [3.0, 1.6]]), np.array([0.0, 1.0, 2.5, 4.0, 10.0])))
print(np.digitize([4, 2, 0], [3, 2, 1]), np.digitize([4, 2, 0], [3, 2, 1], right=True))
for bad in [lambda: np.histogram(x, bins=[3, 1, 2]), lambda: np.histogram(x, bins=2, range=(5, 1)),
            lambda: np.histogram([1.0, np.nan]), lambda: np.digitize([1], [1, 3, 2])]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
