import numpy as np
probs = np.array([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2], [0.2, 0.2, 0.6]])
labels = np.array([1, 0, 2])
picked = probs[np.arange(3), labels]
print(picked)
print(-np.log(picked).mean())
