import numpy as np
last = np.array(["b", "a", "b", "a"])
first = np.array([2, 1, 1, 2])
print(np.lexsort((first, last)))
