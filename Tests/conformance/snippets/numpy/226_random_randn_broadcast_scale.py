import numpy as np
np.random.seed(13)
noise = 0.1 * np.random.randn(5)
x = np.linspace(0, 1, 5)
y = 2 * x + 1 + noise
print(noise)
print(y)
