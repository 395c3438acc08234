import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

m1 = keras.Sequential([layers.Dense(2, input_shape=(3,))])
m2 = keras.Sequential([layers.Dense(2, input_dim=3)])
m3 = keras.Sequential([keras.Input(batch_shape=(None, 3)), layers.Dense(2)])
m4 = keras.Sequential([layers.Dense(2)])
for m in [m1, m2, m3, m4]:
    print(m.built, [l.built for l in m.layers])
m4.build((None, 3))
print(m4.built, m4.count_params())
m5 = keras.Sequential([layers.Dense(2)])
y = m5(w(2, 3))
print(m5.built, np.asarray(y).shape)
