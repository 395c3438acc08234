import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((6,)), layers.Embedding(20, 4), layers.GlobalAveragePooling1D(), layers.Dense(3, activation="relu"), layers.Dense(1, activation="sigmoid")])
model.summary()
model.set_weights([w(20, 4), w(4, 3), w(3), w(3, 1), w(1)])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
x = (np.arange(60).reshape(10, 6) * 3) % 20
y = (np.arange(10) % 2).astype("float32")
h = model.fit(x, y, epochs=3, batch_size=4, shuffle=False, verbose=0)
for k in h.history:
    print(k, [round(v, 4) for v in h.history[k]])
