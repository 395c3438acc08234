import numpy as np
np.random.seed(18)
data = np.arange(20).reshape(10, 2)
rows = np.random.choice(len(data), size=3, replace=False)
print(rows)
print(data[rows])
