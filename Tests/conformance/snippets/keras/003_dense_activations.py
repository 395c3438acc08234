import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

x = w(3, 5)
for act in ["linear", "relu", "sigmoid", "tanh", "softmax", "elu", "softplus", "selu", "swish"]:
    layer = layers.Dense(4, activation=act)
    layer.build((None, 5))
    layer.set_weights([w(5, 4), w(4)])
    print(act, np.round(np.asarray(layer(x)), 4).tolist())
