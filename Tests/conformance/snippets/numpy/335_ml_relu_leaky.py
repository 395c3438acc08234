import numpy as np
def relu(z):
    return np.maximum(0, z)
def leaky_relu(z, a=0.01):
    return np.where(z > 0, z, a * z)
z = np.array([[-2.0, -0.5], [0.0, 3.0]])
print(relu(z))
print(leaky_relu(z))
print(repr(relu(np.array([-1, 2]))))
