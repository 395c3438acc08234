import numpy as np
X = np.array([[1.0, 10.0], [2.0, 20.0], [4.0, 40.0]])
Xs = (X - X.min(axis=0)) / (X.max(axis=0) - X.min(axis=0))
print(Xs)
