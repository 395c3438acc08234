import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

x = w(2, 5) * 4
for name in ["relu", "sigmoid", "tanh", "softmax", "softplus", "elu", "selu", "gelu", "silu", "linear", "exponential"]:
    f = getattr(keras.activations, name)
    print(name, np.round(np.asarray(f(x)), 4).tolist())
print(np.round(np.asarray(layers.Activation("tanh")(x)), 4).tolist())
print(np.round(np.asarray(layers.ReLU()(x)), 4).tolist())
print(np.round(np.asarray(layers.Softmax()(x)), 4).tolist())
