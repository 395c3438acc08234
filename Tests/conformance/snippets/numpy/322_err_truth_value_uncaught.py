import numpy as np
a = np.array([0.5, 0.7])
if a > 0.6:
    print("high")
