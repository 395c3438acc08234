import numpy as np
with open("c.txt", "w") as f:
    f.write("1\n2\n3\n")
print(repr(np.loadtxt("c.txt")))
with open("r.txt", "w") as f:
    f.write("1,2,3\n")
print(repr(np.loadtxt("r.txt", delimiter=",")))
