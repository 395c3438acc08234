import numpy as np
x = np.array([0.0, np.pi / 6, np.pi / 4, np.pi / 2])
print(np.round(np.sin(x), 6) + 0.0)
print(np.round(np.cos(x), 6) + 0.0)
print(np.round(np.tan(x[:3]), 6))
print(np.arctan(np.array([0.0, 1.0, -1.0])))
