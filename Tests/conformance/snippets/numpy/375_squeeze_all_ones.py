import numpy as np
a = np.array([[[5]]])
print(a.squeeze(), repr(a.squeeze()), a.squeeze().shape)
print(np.zeros((1, 1, 3, 1)).squeeze().shape)
