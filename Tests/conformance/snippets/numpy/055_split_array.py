import numpy as np
a = np.arange(9)
for part in np.split(a, 3):
    print(part)
print(np.split(a, [2, 5]))
m = np.arange(12).reshape(3, 4)
left, right = np.split(m, 2, axis=1)
print(left)
print(right)
