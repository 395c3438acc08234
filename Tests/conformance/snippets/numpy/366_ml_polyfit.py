import numpy as np
x = np.array([0.0, 1.0, 2.0, 3.0])
y = 2 * x ** 2 - x + 1
c = np.polyfit(x, y, 2)
print(np.round(c, 6) + 0.0)
print(np.polyval([2, -1, 1], 4.0))
