import numpy as np
labels = np.array([0, 1, 1, 3, 3, 3])
vals, counts = np.unique(labels, return_counts=True)
print(vals, counts)
print(np.array([(labels == k).sum() for k in range(4)]))
