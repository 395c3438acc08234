import numpy as np
np.random.seed(6)
print(np.random.choice(3, size=10, p=[0.1, 0.3, 0.6]))
print(np.random.choice([10, 20, 30], p=[0.5, 0.25, 0.25]))
