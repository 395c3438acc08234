import numpy as np
np.random.seed(1)
A = np.random.rand(3, 4)
keep = 0.7
D = np.random.rand(*A.shape) < keep
A2 = A * D / keep
print(D.astype(int))
print(np.round(A2, 6))
