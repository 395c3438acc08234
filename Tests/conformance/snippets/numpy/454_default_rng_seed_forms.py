import numpy as np
for s in ([1, 2], [2**40, 7], (0,), 5, -1, [3, -1]):
    try:
        print(np.random.default_rng(s).random(), np.random.default_rng(s).standard_normal(2))
    except Exception as e:
        print(type(e).__name__, e)
