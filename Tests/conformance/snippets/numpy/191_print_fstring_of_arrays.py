import numpy as np
a = np.array([1.0, 2.5])
print(f"weights: {a}")
print(f"sum={a.sum():.2f} mean={a.mean():.3f}")
print("shape %s dtype %s" % (a.shape, a.dtype))
print("value: %.2f" % a[1])
