import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# A sequence output carrying Embedding's mask: the loss and the metrics count the real
# steps only.
x = np.array([[3, 1, 2, 0, 0], [4, 4, 1, 2, 0]])
y = np.array([[1, 2, 3, 0, 0], [0, 1, 2, 3, 0]])
s3 = keras.Sequential([keras.Input((5,)), layers.Embedding(6, 3, mask_zero=True), layers.Dense(4)])
s3.set_weights([w(*a.shape) for a in s3.get_weights()])
s3.compile("sgd", keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
print(np.round(s3.evaluate(x, y, verbose=0), 4).tolist())
h = s3.fit(x, y, epochs=3, verbose=0, shuffle=False)
print(np.round(h.history["loss"], 4).tolist(), np.round(h.history["accuracy"], 4).tolist())
