# Error case: concatenate uncaught
print("demonstrating: concatenate uncaught")
import numpy as np
np.concatenate([np.zeros((2, 2)), np.zeros(3)])
