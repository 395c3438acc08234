import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# A custom Layer's weights include its sublayers' and its own add_weight ones.
class Gated(layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.value = layers.Dense(units)
        self.gate = layers.Dense(units, activation="sigmoid")

    def build(self, input_shape):
        self.scale = self.add_weight(shape=(self.units,), initializer="ones", name="scale")

    def call(self, x):
        return self.value(x) * self.gate(x) * self.scale


g = Gated(2)
y = g(w(3, 4))
print(np.asarray(y).shape, len(g.weights), g.count_params())
print(sorted(tuple(v.shape) for v in g.weights))
g.trainable = False
print(len(g.trainable_weights), len(g.non_trainable_weights))
