import numpy as np
np.random.seed(1)
n_in, n_out = 4, 3
limit = np.sqrt(6 / (n_in + n_out))
W = np.random.uniform(-limit, limit, size=(n_in, n_out))
print(round(float(limit), 6))
print(W)
