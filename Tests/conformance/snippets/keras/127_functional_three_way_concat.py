import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# One input feeding three branches joined by Concatenate, with two outputs.
inp = keras.Input(shape=(4,), name="features")
a = layers.Dense(2, activation="relu", name="a")(inp)
b = layers.Dense(3, activation="tanh", name="b")(inp)
c = layers.Dense(1, name="c")(inp)
joined = layers.Concatenate(name="joined")([a, b, c])
out1 = layers.Dense(1, name="score")(joined)
out2 = layers.Dense(2, activation="softmax", name="label")(joined)
m = keras.Model(inp, [out1, out2])
m.set_weights([w(*v.shape) for v in m.get_weights()])
m.summary()
p1, p2 = m.predict(w(3, 4) * 2, verbose=0)
print(np.round(p1, 4).tolist(), np.round(p2, 4).tolist())
