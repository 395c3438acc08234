import numpy as np
try:
    np.not_a_function(3)
except AttributeError as e:
    print(type(e).__name__)
a = np.zeros(2)
try:
    a.lenght
except AttributeError as e:
    print(e)
