import numpy as np
a = np.array([1.0, 2.0, 3.0])
b = a + 1e-10
print(np.array_equal(a, b), np.allclose(a, b))
print(np.array_equal([1, 2], [1, 2]), np.array_equal([1, 2], [1, 2, 3]))
print(np.allclose([1e10, 1e-7], [1.00001e10, 1e-8]))
print(np.isclose([1.0, 2.0], [1.0, 2.1]))
