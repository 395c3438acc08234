import numpy as np
np.save("s.npy", np.array(3.5))
print(repr(np.load("s.npy")))
np.save("e.npy", np.zeros((0, 3)))
print(np.load("e.npy").shape)
