import numpy as np
for arr in [np.ones((2, 2), dtype=np.float32), np.arange(5), np.array([True, False])]:
    np.save("x.npy", arr)
    back = np.load("x.npy")
    print(repr(back), back.dtype == arr.dtype)
