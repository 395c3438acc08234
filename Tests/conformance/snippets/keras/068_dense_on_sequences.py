import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((5, 3)), layers.Dense(2, activation="relu"), layers.Flatten(), layers.Dense(1)])
model.summary()
model.set_weights([w(3, 2), w(2), w(10, 1), w(1)])
print(np.round(model.predict(w(2, 5, 3), verbose=0), 4).tolist())
layer = layers.Dense(4)
print(np.asarray(layer(w(2, 3, 5, 6))).shape, [v.shape for v in layer.get_weights()])
