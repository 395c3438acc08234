import numpy as np
m = np.array([[1.5, 2.0]], dtype=np.float32)
lst = m.tolist()
print(lst, type(lst[0][0]).__name__)
print(np.array([True, False]).tolist())
