import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Heads kept in a dict of a subclassed model; each head's weights train.
class Heads(keras.Model):
    def __init__(self):
        super().__init__()
        self.body = layers.Dense(4, activation="relu")
        self.heads = {"left": layers.Dense(1), "right": layers.Dense(1)}

    def call(self, x):
        h = self.body(x)
        return self.heads["left"](h) - self.heads["right"](h)


m = Heads()
x = w(6, 3) * 3
m(x)
m.set_weights([w(*v.shape) for v in m.get_weights()])
before = [v.copy() for v in m.get_weights()]
m.compile(keras.optimizers.SGD(0.1), "mse")
print(np.round(m.fit(x, w(6, 1), epochs=3, verbose=0, shuffle=False).history["loss"], 4).tolist())
print([bool(np.any(a != b)) for a, b in zip(before, m.get_weights())])
