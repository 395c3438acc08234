import numpy as np
x = np.linspace(0, 2 * np.pi, 9)
print(x)
print(np.round(np.sin(x), 4) + 0.0)
