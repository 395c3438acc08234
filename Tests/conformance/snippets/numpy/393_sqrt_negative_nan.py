import numpy as np
r = np.sqrt(np.array([-4.0, 4.0]))
print(r, np.isnan(r))
