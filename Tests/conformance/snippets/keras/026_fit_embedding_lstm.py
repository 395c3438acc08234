import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((5,)), layers.Embedding(10, 4), layers.LSTM(3), layers.Dense(2, activation="softmax")])
model.set_weights([w(10, 4), w(4, 12), w(3, 12) * 0.5, w(12) * 0.1, w(3, 2), w(2) * 0.1])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
x = (np.arange(40).reshape(8, 5) * 7) % 10
y = np.array([0, 1, 1, 0, 1, 0, 0, 1])
h = model.fit(x, y, epochs=3, batch_size=4, shuffle=False, verbose=0)
for k in h.history:
    print(k, [round(v, 4) for v in h.history[k]])
