import numpy as np
v = np.array([1, 2, 3])
print(np.expand_dims(v, 0).shape, np.expand_dims(v, 1).shape, np.expand_dims(v, -1).shape)
m = np.zeros((1, 3, 1))
print(m.squeeze().shape, np.squeeze(m, axis=0).shape, m.squeeze(2).shape)
print(np.expand_dims(v, axis=0))
