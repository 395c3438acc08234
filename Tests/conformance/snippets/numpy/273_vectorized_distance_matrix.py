import numpy as np
P = np.array([[0.0, 0.0], [3.0, 4.0], [6.0, 8.0]])
D = np.sqrt(((P[:, None, :] - P[None, :, :]) ** 2).sum(axis=-1))
print(D)
print(D.argmax(), divmod(int(D.argmax()), 3))
