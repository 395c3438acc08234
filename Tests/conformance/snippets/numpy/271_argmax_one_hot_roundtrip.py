import numpy as np
labels = np.array([2, 0, 1, 2])
onehot = np.eye(3)[labels]
print(onehot)
print(onehot.argmax(axis=1), np.array_equal(onehot.argmax(axis=1), labels))
