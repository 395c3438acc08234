import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Arithmetic on symbolic tensors records operations: summary() lists them, model.layers
# does not, and they drop masks.
inp = keras.Input(shape=(3,))
d = layers.Dense(3)
h = d(inp)
out = (h + inp) * 2.0 - 1.0
out = out / 4 + h * inp
neg = -h
m = keras.Model(inp, [out, neg, 1.0 - h])
m.set_weights([w(*a.shape) for a in m.get_weights()])
m.summary()
print([l.name for l in m.layers])
print(out.shape)
r = m.predict(w(2, 3), verbose=0)
print([np.round(a, 4).tolist() for a in r])
