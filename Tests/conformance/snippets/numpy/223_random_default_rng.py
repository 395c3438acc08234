import numpy as np
rng = np.random.default_rng(42)
print(rng.random())
print(rng.random(3))
print(rng.integers(0, 10, size=5))
print(rng.normal(size=2))
