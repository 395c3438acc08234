import numpy as np
m = np.array([[3, 7, 1], [9, 2, 8]])
print(m.max(), m.min(), m.max(axis=0), m.min(axis=1))
print(np.max(m, axis=1, keepdims=True))
print(np.max(m), np.min(m, axis=0))
