import numpy as np
print(np.unique(np.array(["b", "a", "b", "c"])))
print(np.unique(np.array([[1, 2], [2, 3]])))
