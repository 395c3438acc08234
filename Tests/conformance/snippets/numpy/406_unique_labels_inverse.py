import numpy as np
labels = np.array(["cat", "dog", "cat", "bird"])
classes, idx = np.unique(labels, return_inverse=True)
print(classes, idx)
print(classes[idx])
