import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

try:
    keras.layers.DevelopmentLayer(64)
except AttributeError as e:
    print("AttributeError")
print(hasattr(keras.layers, "Dense"), hasattr(keras.layers, "DevelopmentLayer"))
