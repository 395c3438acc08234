import numpy as np
A = np.array([[1.0, 2.0], [2.0, 4.0]])
try:
    np.linalg.inv(A)
except np.linalg.LinAlgError as e:
    print(type(e).__name__, e)
