import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Reflected and unary operations on symbolic tensors, evaluated.
inp = keras.Input(shape=(2,))
outs = [-inp, 3.0 - inp, 2.0 / (inp + 4.0), 1.5 * inp, inp - inp * inp]
m = keras.Model(inp, outs)
for r in m.predict(np.array([[1.0, -2.0], [0.5, 3.0]]), verbose=0):
    print(np.round(r, 4).tolist())
print([l.name for l in m.layers])
