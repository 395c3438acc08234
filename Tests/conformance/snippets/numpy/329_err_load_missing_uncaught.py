# Error case: load missing uncaught
print("demonstrating: load missing uncaught")
import numpy as np
data = np.load("missing_weights.npy")
