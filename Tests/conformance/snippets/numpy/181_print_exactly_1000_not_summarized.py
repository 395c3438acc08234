import numpy as np
a = np.arange(1000)
s = str(a)
print("..." in s, len(s.split()))
print("..." in str(np.arange(1001)))
