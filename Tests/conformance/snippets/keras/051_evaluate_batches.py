import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((3,)), layers.Dense(2, activation="softmax")])
model.set_weights([w(3, 2), w(2)])
model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
x = w(11, 3) * 3
y = np.arange(11) % 2
for bs in [1, 3, 4, 11, 32]:
    print(bs, [round(v, 4) for v in model.evaluate(x, y, batch_size=bs, verbose=0)])
print(model.predict(x, batch_size=4, verbose=0).shape)
