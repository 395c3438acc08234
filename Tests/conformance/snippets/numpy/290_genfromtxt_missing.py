import numpy as np
with open("g.csv", "w") as f:
    f.write("a,b\n1,2\n3,\n5,6\n")
g = np.genfromtxt("g.csv", delimiter=",", skip_header=1)
print(g)
print(np.isnan(g).sum())
