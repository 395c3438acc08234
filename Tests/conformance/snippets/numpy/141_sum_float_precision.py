import numpy as np
a = np.full(10, 0.1)
print(a.sum(), sum([0.1] * 10))
print(np.arange(1, 101).sum(), np.arange(1, 101, dtype=float).mean())
