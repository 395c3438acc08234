import numpy as np
print(np.pi, np.e)
print(np.inf, -np.inf, np.nan)
print(np.newaxis is None)
print(type(np.pi).__name__)
