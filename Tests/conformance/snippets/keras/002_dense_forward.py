import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

layer = layers.Dense(3, activation="relu")
x = w(2, 4) + 0.25
y = layer(x)
layer.set_weights([w(4, 3), np.array([0.1, -0.2, 0.3], dtype="float32")])
y = np.asarray(layer(x))
print(y.shape, y.dtype)
print(np.round(y, 4).tolist())
print([a.shape for a in layer.get_weights()])
print(layer.count_params(), layer.built)
