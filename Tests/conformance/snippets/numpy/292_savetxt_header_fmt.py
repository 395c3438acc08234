import numpy as np
a = np.array([[0.123456, 10.0], [2.5, 3.0]])
np.savetxt("h.csv", a, delimiter=",", fmt="%.3f", header="x,y", comments="")
print(open("h.csv").read(), end="")
