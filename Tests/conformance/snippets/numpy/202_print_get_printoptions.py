import numpy as np
opts = np.get_printoptions()
print(opts["precision"], opts["threshold"], opts["edgeitems"], opts["linewidth"])
