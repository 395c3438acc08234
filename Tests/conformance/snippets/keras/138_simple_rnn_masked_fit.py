import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# A masked SimpleRNN classifier trained with SGD; predictions before and after.
x = np.array([[3, 1, 0, 0], [2, 2, 2, 0], [1, 0, 0, 0], [3, 3, 3, 3]])
y = np.array([0, 1, 0, 1])
m = keras.Sequential([keras.Input((4,)), layers.Embedding(4, 2, mask_zero=True), layers.SimpleRNN(3, activation="relu"),
                      layers.Dense(2)])
m.set_weights([w(*a.shape) for a in m.get_weights()])
m.compile(keras.optimizers.SGD(0.3), keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
print(np.round(m.predict(x, verbose=0), 4).tolist())
h = m.fit(x, y, epochs=4, batch_size=2, verbose=0, shuffle=False)
print(np.round(h.history["loss"], 4).tolist(), h.history["accuracy"])
print(np.round(m.predict(x, verbose=0), 4).tolist())
