import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

x = w(2, 5, 6, 3)
for padding, strides in [("valid", 1), ("same", 1), ("valid", 2)]:
    conv = layers.Conv2D(4, 3, strides=strides, padding=padding, activation="relu")
    conv.build((None, 5, 6, 3))
    conv.set_weights([w(3, 3, 3, 4), w(4) * 0.1])
    y = np.asarray(conv(x))
    print(padding, strides, y.shape, round(float(y.sum()), 3))
    print(np.round(y[1, 0, :2], 4).tolist())
