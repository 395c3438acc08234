import numpy as np
from keras.utils import to_categorical

print(to_categorical([0, 2, 1]).tolist())
y = to_categorical(np.array([[1], [3]]), num_classes=5)
print(y.shape, y.dtype, y.tolist())
print(to_categorical(np.array([[0, 1], [2, 0]])).shape)
