import numpy as np
with open("data.csv", "w") as f:
    f.write("1.0,2.0,3.0\n")
    f.write("4.0,5.0,6.0\n")
    f.write("7.5,8.5,9.5\n")
d = np.loadtxt("data.csv", delimiter=",")
print(d)
print(d.shape, d.mean(axis=0))
