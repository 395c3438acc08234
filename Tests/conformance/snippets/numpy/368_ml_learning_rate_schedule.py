import numpy as np
epochs = np.arange(10)
step = 0.1 * 0.5 ** (epochs // 3)
expo = 0.1 * np.exp(-0.1 * epochs)
print(step)
print(np.round(expo, 5))
