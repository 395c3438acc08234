import numpy as np
print(np.array([1.0, np.nan, 3.0]))
print(repr(np.array([[np.nan, 0.5], [1.0, np.inf]])))
