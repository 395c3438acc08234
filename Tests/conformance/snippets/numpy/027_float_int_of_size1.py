import numpy as np
a = np.array(3.7)
print(float(a), int(a), int(np.array(5)), float(np.array([2.5])[0]))
try:
    float(np.array([3.7]))
except TypeError as e:
    print("TypeError:", e)
print(float(np.float32(0.5)), int(np.int64(9)))
print(bool(np.array([1])), bool(np.array([0])))
