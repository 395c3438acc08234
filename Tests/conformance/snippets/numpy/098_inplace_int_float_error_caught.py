import numpy as np
a = np.arange(3)
try:
    a += 1.5
except TypeError as e:
    print("TypeError subclass:", isinstance(e, TypeError))
    print(e)
print(a)
