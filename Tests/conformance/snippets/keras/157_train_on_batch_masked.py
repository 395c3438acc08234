import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# train_on_batch and test_on_batch on a masked sequence model.
x = np.array([[1, 2, 0], [3, 0, 0]])
y = np.array([[1, 0, 0], [2, 0, 0]])
m = keras.Sequential([keras.Input((3,)), layers.Embedding(4, 3, mask_zero=True), layers.Dense(3)])
m.set_weights([w(*a.shape) for a in m.get_weights()])
m.compile(keras.optimizers.SGD(0.5), keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
print(np.round(m.test_on_batch(x, y), 4).tolist())
print(np.round(m.train_on_batch(x, y), 4).tolist())
print(np.round(m.test_on_batch(x, y), 4).tolist())
