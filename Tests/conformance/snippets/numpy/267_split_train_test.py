import numpy as np
data = np.arange(20).reshape(10, 2)
train, test = np.split(data, [8])
print(train.shape, test.shape)
print(test)
