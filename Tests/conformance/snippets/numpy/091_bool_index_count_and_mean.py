import numpy as np
scores = np.array([55, 78, 92, 61, 88, 45, 99])
passed = scores >= 60
print(passed.sum(), passed.mean(), scores[passed].mean())
print(np.round(scores[passed].std(), 6))
