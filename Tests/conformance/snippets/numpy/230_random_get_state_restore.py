import numpy as np
np.random.seed(17)
np.random.rand()
state = np.random.get_state()
a = np.random.rand(3)
np.random.set_state(state)
b = np.random.rand(3)
print(np.array_equal(a, b), a)
