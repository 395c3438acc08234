import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([
    keras.Input((6, 6, 1)),
    layers.Conv2D(2, (3, 2), activation="relu"),
    layers.AveragePooling2D(2),
    layers.Flatten(),
    layers.Dense(1),
])
model.summary()
model.set_weights([w(3, 2, 1, 2), w(2) * 0.1, w(8, 1), w(1)])
model.compile(optimizer="sgd", loss="mse", metrics=["mae"])
x = w(8, 6, 6, 1) * 2
h = model.fit(x, x.mean(axis=(1, 2)), epochs=3, batch_size=3, shuffle=False, verbose=0)
for k in h.history:
    print(k, [round(v, 4) for v in h.history[k]])
