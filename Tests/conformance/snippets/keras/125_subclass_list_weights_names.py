import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# The weights of layers kept in a list, as Keras names and orders them.
class Tower(keras.Model):
    def __init__(self):
        super().__init__()
        self.stages = []
        for units in (5, 3):
            self.stages.append(layers.Dense(units, activation="relu"))
        self.head = layers.Dense(2)

    def call(self, x):
        for s in self.stages:
            x = s(x)
        return self.head(x)


t = Tower()
t(w(2, 4))
print([v.path for v in t.weights])
print([l.name for l in t.layers], t.count_params())
t.trainable = True
print(len(t.trainable_weights), len(t.non_trainable_weights))
