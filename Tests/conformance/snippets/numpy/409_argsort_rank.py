import numpy as np
scores = np.array([70, 95, 80, 60])
ranks = scores.argsort().argsort()
print(ranks)
print(np.argsort(scores)[::-1][:2])
