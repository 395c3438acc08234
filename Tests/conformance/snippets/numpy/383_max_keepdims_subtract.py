import numpy as np
x = np.array([[1.0, 5.0, 3.0], [2.0, 2.0, 8.0]])
print(x - x.max(axis=1, keepdims=True))
print(x.min(axis=0, keepdims=True))
