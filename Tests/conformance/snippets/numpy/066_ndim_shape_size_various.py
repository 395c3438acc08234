import numpy as np
for shape in [(), (3,), (2, 3), (2, 1, 4), (0, 5)]:
    z = np.zeros(shape)
    print(shape, z.ndim, z.size, z.shape == shape)
