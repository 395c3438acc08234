import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((6,)), layers.Dense(8, activation="relu"), layers.Dense(3, activation="softmax")])
model.set_weights([w(6, 8), np.zeros(8, "float32"), w(8, 3), np.zeros(3, "float32")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
x = w(30, 6) * 3
y = np.arange(30) % 3
h = model.fit(x, y, epochs=5, batch_size=7, shuffle=False, verbose=0)
print(list(h.history.keys()))
for k in h.history:
    print(k, [round(v, 4) for v in h.history[k]])
loss, acc = model.evaluate(x, y, verbose=0)
print(round(loss, 4), round(acc, 4))
