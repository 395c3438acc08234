import numpy as np
X = np.array([[1.0, 200.0], [2.0, 300.0], [3.0, 400.0]])
mu = X.mean(axis=0)
sd = X.std(axis=0)
Z = (X - mu) / sd
print(mu, sd)
print(Z)
print(np.round(Z.mean(axis=0), 10) + 0.0, np.round(Z.std(axis=0), 10))
