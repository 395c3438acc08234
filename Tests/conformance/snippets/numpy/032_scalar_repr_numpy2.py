import numpy as np
print(repr(np.float64(0.5)), repr(np.float32(0.1)), repr(np.int64(42)))
print(repr(np.float64(1e-5)), repr(np.float64(np.inf)), repr(np.float64(np.nan)))
print(repr(np.True_), repr(np.False_))
print(np.float64(0.1) + np.float64(0.2))
