import numpy as np
try:
    np.linalg.solve(np.zeros((2, 2)), np.ones(2))
except np.linalg.LinAlgError as e:
    print(type(e).__name__, "|", e)
