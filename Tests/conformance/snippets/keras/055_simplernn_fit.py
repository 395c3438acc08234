import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((6, 2)), layers.SimpleRNN(4), layers.Dense(2, activation="softmax")])
model.set_weights([w(2, 4), w(4, 4) * 0.5, w(4) * 0.1, w(4, 2), w(2)])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
x = w(10, 6, 2) * 2
y = (x.sum(axis=(1, 2)) > 0).astype("int64")
h = model.fit(x, y, epochs=4, batch_size=5, shuffle=False, verbose=0)
for k in h.history:
    print(k, [round(v, 4) for v in h.history[k]])
