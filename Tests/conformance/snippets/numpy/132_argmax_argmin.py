import numpy as np
m = np.array([[3, 7, 1], [9, 2, 8]])
print(m.argmax(), m.argmin(), m.argmax(axis=0), m.argmax(axis=1))
print(np.argmin(m, axis=0), np.argmax([1, 3, 3, 2]))
print(divmod(int(m.argmax()), m.shape[1]))
