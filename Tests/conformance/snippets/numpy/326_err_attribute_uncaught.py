import numpy as np
a = np.arange(3)
a.append(4)
