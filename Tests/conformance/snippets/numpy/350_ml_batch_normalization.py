import numpy as np
x = np.array([[1.0, 2.0], [3.0, 6.0], [5.0, 10.0]])
mu = x.mean(axis=0)
var = x.var(axis=0)
xhat = (x - mu) / np.sqrt(var + 1e-5)
print(mu, var)
print(np.round(xhat, 6))
