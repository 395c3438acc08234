import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# keras.metrics.Mean over scalars, vectors and matrices, with and without weights.
m = keras.metrics.Mean()
m.update_state(3.0)
print(float(m.result()))
m.update_state([1.0, 5.0])
print(float(m.result()))
m.update_state([[2.0, 4.0], [6.0, 8.0]], sample_weight=[0.5, 1.5])
print(round(float(m.result()), 5))
print(round(float(m([10.0], sample_weight=[2.0])), 5))
m.reset_state()
print(float(m.result()))
