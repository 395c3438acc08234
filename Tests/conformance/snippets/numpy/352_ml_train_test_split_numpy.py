import numpy as np
np.random.seed(42)
X = np.arange(20).reshape(10, 2)
y = np.arange(10)
idx = np.random.permutation(10)
tr, te = idx[:8], idx[8:]
print(X[tr][:3])
print(y[te])
