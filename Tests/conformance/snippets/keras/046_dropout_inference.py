import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

d = layers.Dropout(0.5)
x = w(3, 4)
print(np.array_equal(np.asarray(d(x)), x), np.array_equal(np.asarray(d(x, training=False)), x))
model = keras.Sequential([keras.Input((4,)), layers.Dropout(0.3), layers.Dense(2)])
model.layers[1].set_weights([w(4, 2), w(2)])
print(np.round(model.predict(x, verbose=0), 4).tolist())
model.compile(optimizer="sgd", loss="mse")
print(round(model.evaluate(x, w(3, 2), verbose=0), 4))
