import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

x = w(2, 6, 4, 3)
print(np.round(np.asarray(layers.MaxPooling2D()(x)), 4).tolist()[1][0])
print(np.asarray(layers.MaxPooling2D((3, 2))(x)).shape)
print(np.round(np.asarray(layers.AveragePooling2D(pool_size=2, strides=1)(x))[0, 0], 4).tolist())
print(np.round(np.asarray(layers.GlobalAveragePooling2D()(x)), 4).tolist())
print(np.round(np.asarray(layers.GlobalMaxPooling1D()(w(2, 5, 3))), 4).tolist())
print(np.round(np.asarray(layers.Flatten()(x)), 4).shape)
print(np.asarray(layers.Reshape((4, -1))(x)).shape)
