import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((2,)), layers.Dense(1)])
model.set_weights([w(2, 1), w(1)])
model.compile(optimizer="sgd", loss="mse", metrics=["mae"])
h = model.fit(w(9, 2), w(9, 1), epochs=3, batch_size=4, shuffle=False, verbose=0)
print(type(h).__name__, h.epoch, h.params)
print(sorted(h.history), len(h.history["mae"]))
print(model.history is h)
h2 = model.fit(w(9, 2), w(9, 1), epochs=5, initial_epoch=3, batch_size=4, shuffle=False, verbose=0)
print(h2.epoch, [round(v, 4) for v in h2.history["loss"]])
