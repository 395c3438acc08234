import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

a = layers.Dense(2)
b = layers.Dense(3)
c = layers.MaxPooling2D()
d = layers.SimpleRNN(2)
e = layers.Conv2D(1, 1)
f = layers.Dense(1, name="out")
print(a.name, b.name, c.name, d.name, e.name, f.name)
m = keras.Sequential()
m2 = keras.Sequential(name="custom")
print(m.name, m2.name)
print(a)
