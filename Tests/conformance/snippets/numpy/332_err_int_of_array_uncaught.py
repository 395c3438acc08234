# Error case: int of array uncaught
print("demonstrating: int of array uncaught")
import numpy as np
n = int(np.array([1, 2, 3]))
