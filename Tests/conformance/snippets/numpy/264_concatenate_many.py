import numpy as np
parts = [np.full(i, i) for i in range(1, 4)]
print(np.concatenate(parts))
print(np.concatenate([np.zeros((1, 2)), np.ones((2, 2))], axis=0))
