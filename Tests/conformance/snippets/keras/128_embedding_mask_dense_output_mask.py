import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# A masked sequence model scored by MSE per timestep: padding is left out of the loss.
x = np.array([[1, 2, 0], [3, 0, 0], [2, 2, 2]])
y = w(3, 3, 2)
m = keras.Sequential([keras.Input((3,)), layers.Embedding(4, 2, mask_zero=True), layers.Dense(2)])
m.set_weights([w(*a.shape) for a in m.get_weights()])
m.compile(keras.optimizers.SGD(0.2), "mse", metrics=["mae"])
print(np.round(m.evaluate(x, y, verbose=0), 4).tolist())
h = m.fit(x, y, epochs=2, verbose=0, shuffle=False)
print(np.round(h.history["loss"], 4).tolist())
