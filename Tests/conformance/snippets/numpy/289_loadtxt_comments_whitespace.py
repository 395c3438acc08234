import numpy as np
with open("m.txt", "w") as f:
    f.write("# a comment line\n")
    f.write("1 2 3\n")
    f.write("  4   5   6  \n")
m = np.loadtxt("m.txt")
print(m)
print(repr(m[1]))
