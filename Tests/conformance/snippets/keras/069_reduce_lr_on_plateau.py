import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((3,)), layers.Dense(1)])
model.set_weights([w(3, 1), w(1)])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.8), loss="mae")
x = w(12, 3) * 3
y = x[:, :1] * 2 + 0.3
cb = keras.callbacks.ReduceLROnPlateau(monitor="loss", factor=0.5, patience=1, verbose=1, min_lr=0.05)
h = model.fit(x, y, epochs=10, batch_size=4, shuffle=False, verbose=0, callbacks=[cb])
print(sorted(h.history))
print([round(v, 4) for v in h.history["loss"]])
print([round(v, 4) for v in h.history["learning_rate"]])
