import numpy as np
with open("iris.csv", "w") as f:
    f.write("sepal_len,sepal_wid,label\n")
    f.write("5.1,3.5,0\n4.9,3.0,0\n6.2,3.4,1\n5.9,3.0,2\n")
X = np.loadtxt("iris.csv", delimiter=",", skiprows=1, usecols=(0, 1))
y = np.loadtxt("iris.csv", delimiter=",", skiprows=1, usecols=2).astype(int)
print(X)
print(y, np.bincount(y))
