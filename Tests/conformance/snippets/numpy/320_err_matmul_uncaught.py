import numpy as np
W = np.random.randn(4, 3)
X = np.random.randn(4, 5)
Z = np.dot(W, X)
