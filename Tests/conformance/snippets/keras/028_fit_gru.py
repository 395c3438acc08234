import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((4, 3)), layers.GRU(3, return_sequences=True), layers.SimpleRNN(2), layers.Dense(1)])
model.set_weights([w(3, 9), w(3, 9) * 0.5, w(2, 9) * 0.1, w(3, 2), w(2, 2), w(2), w(2, 1), w(1)])
model.compile(optimizer="rmsprop", loss="mse", metrics=["mae"])
x = w(9, 4, 3) * 2
y = x.sum(axis=(1, 2)).reshape(9, 1) * 0.2
h = model.fit(x, y, epochs=3, batch_size=3, shuffle=False, verbose=0)
for k in h.history:
    print(k, [round(v, 4) for v in h.history[k]])
