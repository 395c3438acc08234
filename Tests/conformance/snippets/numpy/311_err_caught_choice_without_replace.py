import numpy as np
try:
    np.random.choice(3, 5, replace=False)
except ValueError as e:
    print(type(e).__name__, "|", e)
