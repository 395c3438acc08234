import numpy as np
w = np.array([1.0, 3.0, 6.0])
cdf = np.cumsum(w) / w.sum()
print(cdf)
for r in [0.05, 0.2, 0.5, 0.99]:
    print(r, int(np.argmax(cdf > r)))
