import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

inp = keras.Input((4,))
h = layers.Dense(3, activation="relu")(inp)
out = layers.Dense(2, activation="softmax")(h)
print(inp)
print(h.shape, out.shape)
model = keras.Model(inp, out)
model.summary()
print(model.name, [l.name for l in model.layers])
model.set_weights([w(4, 3), w(3), w(3, 2), w(2)])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
x = w(10, 4) * 2
h = model.fit(x, np.arange(10) % 2, epochs=2, batch_size=4, shuffle=False, verbose=0)
print([round(v, 4) for v in h.history["loss"]])
print(np.round(model.predict(x[:2], verbose=0), 4).tolist())
