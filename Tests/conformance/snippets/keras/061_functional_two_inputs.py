import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

a = keras.Input((2,))
b = keras.Input((3,))
merged = layers.Concatenate()([a, b])
out = layers.Dense(1)(merged)
model = keras.Model([a, b], out)
model.layers[-1].set_weights([w(5, 1), w(1)])
print(np.round(model.predict([w(2, 2), w(2, 3)], verbose=0), 4).tolist())
