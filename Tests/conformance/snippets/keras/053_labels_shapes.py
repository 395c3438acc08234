import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

x = w(8, 3) * 2
for y in [np.arange(8) % 2, (np.arange(8) % 2).reshape(8, 1), (np.arange(8) % 2).astype("float32")]:
    model = keras.Sequential([keras.Input((3,)), layers.Dense(1, activation="sigmoid")])
    model.set_weights([w(3, 1), w(1)])
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    h = model.fit(x, y, epochs=2, batch_size=3, shuffle=False, verbose=0)
    print(y.shape, [round(v, 4) for v in h.history["loss"]], [round(v, 4) for v in h.history["accuracy"]])
