import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((3,)), layers.Dense(2)])
model.set_weights([w(3, 2), w(2)])
model.save_weights("m.weights.h5")
other = keras.Sequential([keras.Input((3,)), layers.Dense(2)])
other.load_weights("m.weights.h5")
print(np.round(other.get_weights()[0], 4).tolist())
