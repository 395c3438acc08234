import numpy as np
# Ties: the default sort's tie order depends on NumPy's build and CPU (SIMD sorts);
# kind="stable" keeps equal keys in their original order everywhere.
d = np.array([[0.7, 0.7, 4.9, 5.7, 5.7], [6.0, 5.4, 0.5, 0.5, 1.1]])
print(np.argsort(d, axis=1, kind="stable"))
scores = np.array([3, 1, 3, 2, 1, 3])
print(np.argsort(scores, kind="stable"), np.argsort(-scores, kind="stable"))
print(np.sort(d, axis=1))
print(np.argsort(np.array(["b", "a", "b", "a"]), kind="stable"))
