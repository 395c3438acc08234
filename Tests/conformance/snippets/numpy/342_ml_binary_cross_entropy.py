import numpy as np
y = np.array([1, 0, 1, 1])
p = np.array([0.9, 0.1, 0.8, 0.3])
bce = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
print(round(float(bce), 10))
print(np.round(-(y * np.log(p) + (1 - y) * np.log(1 - p)), 6))
