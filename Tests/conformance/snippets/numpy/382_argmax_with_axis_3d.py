import numpy as np
t = np.array([[[1, 9], [3, 4]], [[7, 2], [0, 8]]])
print(t.argmax(axis=0))
print(t.argmax(axis=1))
print(t.argmax(axis=2))
