import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

x = w(12, 3) * 2
for loss, y, units, act in [
    ("sparse_categorical_crossentropy", np.arange(12) % 3, 3, "softmax"),
    ("sparse_categorical_crossentropy", (np.arange(12) % 3).reshape(12, 1), 3, "softmax"),
    ("categorical_crossentropy", np.eye(3)[np.arange(12) % 3], 3, "softmax"),
    ("binary_crossentropy", (x[:, 0] > 0).astype("float32"), 1, "sigmoid"),
    ("mse", (x[:, :2] > 0).astype("float32"), 2, "sigmoid"),
]:
    model = keras.Sequential([keras.Input((3,)), layers.Dense(units, activation=act)])
    model.set_weights([w(3, units), w(units)])
    model.compile(optimizer="sgd", loss=loss, metrics=["accuracy"])
    h = model.fit(x, y, epochs=2, batch_size=5, shuffle=False, verbose=0)
    print(loss, [round(v, 4) for v in h.history["accuracy"]], [round(v, 4) for v in h.history["loss"]])
