import numpy as np
probs = np.array([[0.2, 0.8], [0.6, 0.4], [0.3, 0.7], [0.9, 0.1]])
labels = np.array([1, 0, 0, 0])
pred = np.argmax(probs, axis=1)
print(pred, (pred == labels).mean(), np.sum(pred == labels))
