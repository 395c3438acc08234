import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((3,)), layers.Dense(4, activation="relu"), layers.Dense(2)])
model.compile(optimizer="adam", loss="mse")
model.fit(w(8, 3), w(8, 2), epochs=1, verbose=0)
model.summary()
m2 = keras.Sequential([keras.Input((3,)), layers.Dense(2)])
m2.compile(optimizer=keras.optimizers.SGD(momentum=0.9), loss="mse")
m2.fit(w(8, 3), w(8, 2), epochs=1, verbose=0)
m2.summary()
