import numpy as np
np.set_printoptions(edgeitems=2)
print(np.arange(2000))
np.set_printoptions(edgeitems=3)
print(np.arange(2000))
