import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

class Linear(layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="ones", name="w")
        self.b = self.add_weight(shape=(self.units,), initializer="zeros", name="b")

    def call(self, x):
        return x @ self.w + self.b


model = keras.Sequential([keras.Input((3,)), Linear(2), layers.Dense(1)])
model.summary()
print([v.path for v in model.weights])
model.layers[1].set_weights([w(2, 1), w(1)])
model.compile(optimizer="sgd", loss="mse")
x = w(8, 3) * 2
h = model.fit(x, x[:, :1] - x[:, 2:], epochs=3, batch_size=4, shuffle=False, verbose=0)
print([round(v, 4) for v in h.history["loss"]])
print(np.round(model.layers[0].get_weights()[0], 4).tolist())
