import numpy as np
a = np.array([[1, 2, 3], [4, 5, 6]])
np.savetxt("a.csv", a, delimiter=",", fmt="%d")
with open("a.csv") as f:
    print(f.read(), end="")
print(np.loadtxt("a.csv", delimiter=",", dtype=int))
