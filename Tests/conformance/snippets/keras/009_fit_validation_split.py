import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((5,)), layers.Dense(4, activation="relu"), layers.Dense(2, activation="softmax")])
model.set_weights([w(5, 4), w(4) * 0.1, w(4, 2), w(2) * 0.1])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
x = w(25, 5) * 2
y = (x[:, 0] > 0).astype("int64")
h = model.fit(x, y, epochs=3, batch_size=4, validation_split=0.2, shuffle=False, verbose=0)
print(list(h.history.keys()))
for k in h.history:
    print(k, [round(v, 4) for v in h.history[k]])
print(h.params)
