import numpy as np
x = np.arange(1, 6)
loop = [xi ** 2 + 1 for xi in x]
vec = x ** 2 + 1
print(loop, vec, np.array_equal(loop, vec))
