import numpy as np
Y = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]])
P = np.array([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]])
loss = -np.sum(Y * np.log(P)) / len(Y)
print(round(float(loss), 10))
print(np.round(-np.log(P[np.arange(3), Y.argmax(axis=1)]), 6))
