import numpy as np
a = np.zeros(2)
print(isinstance(a, np.ndarray), type(a).__name__, type(a))
print(isinstance(a[0], np.floating), isinstance(a[0], float), isinstance(np.int64(1), np.integer))
