import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((4,)), layers.Dense(3, activation="tanh"), layers.Dense(1)])
model.set_weights([w(4, 3), w(3), w(3, 1), w(1)])
model.compile(optimizer="sgd", loss="mse")
x = w(20, 4) * 2
y = (x.sum(axis=1, keepdims=True) * 0.5).astype("float32")
h = model.fit(x, y, epochs=4, batch_size=8, shuffle=False, verbose=0)
print(sorted(h.history.keys()))
print([round(v, 4) for v in h.history["loss"]])
print(h.epoch)
print(round(model.evaluate(x, y, verbose=0), 4))
print(np.round(model.predict(x[:3], verbose=0), 4).tolist())
