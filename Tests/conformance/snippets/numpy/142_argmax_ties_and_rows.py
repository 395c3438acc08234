import numpy as np
scores = np.array([[0.1, 0.5, 0.5], [0.9, 0.05, 0.05], [0.2, 0.3, 0.5]])
pred = scores.argmax(axis=1)
print(pred)
print((pred == np.array([1, 0, 1])).mean())
