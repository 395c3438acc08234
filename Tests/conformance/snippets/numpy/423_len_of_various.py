# len of various
import numpy as np
print(len(np.zeros((4, 2))), len(np.arange(7)), len(np.zeros((0, 3))))
