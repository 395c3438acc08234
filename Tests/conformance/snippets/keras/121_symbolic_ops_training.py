import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# A residual written with symbolic arithmetic trains like one written with layers.Add.
inp = keras.Input(shape=(4,))
h = layers.Dense(4, activation="tanh")(inp)
out = layers.Dense(1)(inp + h * 0.5)
m = keras.Model(inp, out)
m.set_weights([w(*a.shape) for a in m.get_weights()])
m.compile(keras.optimizers.SGD(0.1), "mse")
x, y = w(8, 4) * 3, w(8, 1)
print(np.round(m.fit(x, y, epochs=3, batch_size=4, verbose=0, shuffle=False).history["loss"], 4).tolist())
print(len(m.layers), m.count_params())
