import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

x = w(10, 3) * 2
for metrics, loss, units, y in [
    (["binary_accuracy"], "binary_crossentropy", 1, (x[:, 0] > 0).astype("float32")),
    (["sparse_categorical_accuracy"], "sparse_categorical_crossentropy", 2, (x[:, 1] > 0).astype("int64")),
    (["categorical_accuracy", "mae", "accuracy"], "categorical_crossentropy", 2, np.eye(2)[(x[:, 2] > 0).astype("int64")]),
]:
    model = keras.Sequential([keras.Input((3,)), layers.Dense(units, activation="sigmoid" if units == 1 else "softmax")])
    model.set_weights([w(3, units), w(units)])
    model.compile(optimizer="sgd", loss=loss, metrics=metrics)
    h = model.fit(x, y, epochs=2, batch_size=4, shuffle=False, verbose=0)
    print(list(h.history))
    print([round(v, 4) for v in model.evaluate(x, y, verbose=0)])
