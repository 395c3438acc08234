import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential()
model.add(keras.Input((4,)))
model.add(layers.Dense(3))
model.add(layers.Dense(2))
print(len(model.layers), model.built)
last = model.pop()
print(last.name, len(model.layers))
model.add(layers.Dense(5))
print([l.name for l in model.layers])
print(model.count_params())
print(model.output_shape)
