import numpy as np
def sigmoid(z):
    return 1 / (1 + np.exp(-z))
z = np.array([-10.0, -1.0, 0.0, 1.0, 10.0])
print(sigmoid(z))
print(sigmoid(0.0), sigmoid(np.array([[0.5]])))
