import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((5, 2)), layers.LSTM(3, return_sequences=True), layers.LSTM(2), layers.Dense(1)])
model.summary()
model.set_weights([w(2, 12), w(3, 12) * 0.5, w(12) * 0.1, w(3, 8), w(2, 8) * 0.5, w(8) * 0.1, w(2, 1), w(1)])
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
x = w(8, 5, 2) * 2
y = x[:, -1, :1] + x[:, 0, 1:]
h = model.fit(x, y, epochs=3, batch_size=3, shuffle=False, verbose=0)
print([round(v, 4) for v in h.history["loss"]])
print(np.round(model.predict(x[:2], verbose=0), 4).tolist())
