import numpy as np
try:
    np.load("does_not_exist.npy")
except FileNotFoundError as e:
    print(type(e).__name__)
