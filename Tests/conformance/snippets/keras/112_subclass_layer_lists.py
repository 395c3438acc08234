import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Layers held in lists and dicts of a subclassed model, and sublayers of a custom Layer,
# are tracked: their weights count, train and are listed.
class Block(layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.inner = layers.Dense(units, activation="relu")
        self.proj = layers.Dense(units)

    def call(self, x):
        return self.proj(self.inner(x)) + x


class Stack(keras.Model):
    def __init__(self):
        super().__init__()
        self.blocks = [layers.Dense(4) for _ in range(3)]
        self.heads = {"a": layers.Dense(2)}
        self.block = Block(2)
        self.out = layers.Dense(1)

    def call(self, x):
        for b in self.blocks:
            x = b(x)
        return self.out(self.block(self.heads["a"](x)))


m = Stack()
x = w(6, 4) * 3
m(x)
print(m.count_params(), len(m.trainable_weights), len(m.weights), len(m.layers))
print([v.shape for v in m.get_weights()])
print(m.block.count_params(), len(m.block.weights))
m.set_weights([w(*a.shape) for a in m.get_weights()])
print(np.round(m.predict(x, verbose=0), 4).tolist())
m.compile(keras.optimizers.SGD(0.05), "mse")
print(np.round(m.fit(x, w(6, 1), epochs=3, verbose=0, shuffle=False).history["loss"], 4).tolist())
grown = Stack()
grown.blocks.append(layers.Dense(4))
grown(x)
print(grown.count_params())
