import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((3,)), layers.Dense(4, activation="relu"), layers.Dense(1, activation="sigmoid")])
model.set_weights([w(3, 4), w(4) * 0.1, w(4, 1), w(1) * 0.1])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
x = w(18, 3) * 2
y = (x[:, 0] + x[:, 1] > 0).astype("float32")
h = model.fit(x, y, epochs=4, batch_size=6, shuffle=False, verbose=0)
for k in h.history:
    print(k, [round(v, 4) for v in h.history[k]])
print(np.round(model.predict(x[:4], verbose=0), 4).tolist())
