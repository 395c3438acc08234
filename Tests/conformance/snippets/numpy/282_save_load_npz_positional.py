import numpy as np
np.savez("arrays.npz", np.arange(3), np.ones(2))
d = np.load("arrays.npz")
print(sorted(d.files))
print(d["arr_0"], d["arr_1"])
