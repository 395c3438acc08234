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
    keras.Input((7, 7, 1)),
    layers.Conv2D(2, 3, padding="same", activation="relu"),
    layers.Conv2D(3, 3, strides=2, activation="tanh"),
    layers.GlobalAveragePooling2D(),
    layers.Dense(2, activation="softmax"),
])
model.summary()
model.set_weights([w(3, 3, 1, 2), w(2) * 0.1, w(3, 3, 2, 3), w(3) * 0.1, w(3, 2), w(2)])
model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
x = w(6, 7, 7, 1) * 2
h = model.fit(x, np.array([0, 1, 0, 1, 1, 0]), epochs=3, batch_size=4, shuffle=False, verbose=0)
for k in h.history:
    print(k, [round(v, 4) for v in h.history[k]])
