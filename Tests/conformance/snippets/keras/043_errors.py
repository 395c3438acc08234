import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

for make in [
    lambda: layers.Dense(2, activation="nonexistent"),
    lambda: keras.Sequential([keras.Input((2,)), layers.Dense(1)]).compile(optimizer="nonexistent", loss="mse"),
    lambda: keras.Sequential([keras.Input((2,)), layers.Dense(1)]).compile(optimizer="sgd", loss="nonexistent"),
    lambda: layers.Dropout(1.5),
    lambda: layers.Conv2D(2, 3, padding="full"),
]:
    try:
        make()
        print("no error")
    except ValueError:
        print("ValueError")
model = keras.Sequential([keras.Input((3,)), layers.Dense(2)])
model.compile(optimizer="sgd", loss="mse")
try:
    model.fit(w(4, 3), w(5, 2), verbose=0)
except ValueError:
    print("ValueError: cardinality")
try:
    model.predict(w(4, 5), verbose=0)
except ValueError:
    print("ValueError: input shape")
