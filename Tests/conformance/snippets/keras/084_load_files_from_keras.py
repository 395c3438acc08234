import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

import os
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")

mlp = keras.models.load_model(os.path.join(here, "mlp.keras"))
print(mlp.name, [l.name for l in mlp.layers], mlp.loss, int(mlp.optimizer.iterations))
print(np.round(mlp.predict(w(2, 4), verbose=0), 4).tolist())
print(np.round(mlp.evaluate(w(8, 4), np.arange(8) % 2, verbose=0), 4).tolist())

two = keras.models.load_model(os.path.join(here, "two_inputs.keras"))
print(two.name, [l.name for l in two.layers])
print(np.round(two.predict([np.array([[1, 2, 3, 4, 5], [11, 0, 0, 7, 7]]), w(2, 2)], verbose=0), 4).tolist())

cnn = keras.Sequential([keras.Input((6, 6, 1)), layers.Conv2D(2, 3), layers.BatchNormalization(), layers.GlobalAveragePooling2D(), layers.Dense(1)])
cnn.load_weights(os.path.join(here, "cnn.weights.h5"))
print(np.round(cnn.predict(w(2, 6, 6, 1), verbose=0), 4).tolist())
