# Error case: module attribute uncaught
print("demonstrating: module attribute uncaught")
import numpy as np
np.random.rnd(3)
