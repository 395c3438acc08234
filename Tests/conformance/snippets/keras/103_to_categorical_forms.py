import numpy as np
from keras.utils import to_categorical

print(to_categorical([0, 2, 1]).tolist())
print(to_categorical(np.array([1, 3]), num_classes=5).tolist())
print(to_categorical(np.array([[0], [1]])).shape)
print(to_categorical(np.array([[0, 1], [2, 0]])).shape)
print(to_categorical(np.array([0, 1, 1]), 2).sum(axis=0).tolist())
print(np.argmax(to_categorical([3, 0, 2], 4), axis=1).tolist())
