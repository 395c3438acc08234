import numpy as np
m = np.array([[10, 20], [30, 40]])
rows, cols = m.shape
for r in range(rows):
    for c in range(cols):
        print((r, c), m[r, c])
