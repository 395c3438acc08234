import numpy as np
z = np.linspace(-2, 2, 5)
a = np.tanh(z)
print(a)
print(1 - a ** 2)
