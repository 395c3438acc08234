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
    keras.Input((6, 6, 2)),
    layers.Conv2D(3, 3, activation="relu"),
    layers.MaxPooling2D(),
    layers.Flatten(),
    layers.Dense(2),
])
model.set_weights([w(3, 3, 2, 3), w(3) * 0.1, w(12, 2), w(2) * 0.1])
model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
x = w(10, 6, 6, 2) * 2
y = np.arange(10) % 2
h = model.fit(x, y, epochs=3, batch_size=4, shuffle=False, verbose=0)
for k in h.history:
    print(k, [round(v, 4) for v in h.history[k]])
