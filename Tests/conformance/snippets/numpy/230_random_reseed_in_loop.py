import numpy as np
runs = []
for trial in range(3):
    np.random.seed(17)
    runs.append(np.random.rand(3))
print(np.array_equal(runs[0], runs[2]))
print(runs[1])
