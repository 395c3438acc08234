# A Python int past 64 bits cannot become an int64 element; NumPy raises OverflowError.
import numpy as np
for f in [lambda: np.int64(2 ** 70), lambda: np.array([2 ** 70], dtype=np.int64), lambda: np.arange(3) + 2 ** 70, lambda: np.array([1, 2]) * 2 ** 63]:
    try:
        print(f())
    except OverflowError as err:
        print("OverflowError", err)
print(np.float64(2 ** 70), np.int64(2 ** 63 - 1))
