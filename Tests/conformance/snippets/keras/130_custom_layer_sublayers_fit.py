import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# A custom Layer made of sublayers, used in a Sequential model: its weights train.
class Residual(layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.f = layers.Dense(3, activation="tanh")
        self.g = layers.Dense(3)

    def call(self, x):
        return x + self.g(self.f(x))


model = keras.Sequential([keras.Input((3,)), Residual(), layers.Dense(1)])
print(model.count_params(), len(model.trainable_weights))
model.set_weights([w(*a.shape) for a in model.get_weights()])
model.compile(keras.optimizers.SGD(0.1), "mse")
x, y = w(6, 3) * 3, w(6, 1)
print(np.round(model.fit(x, y, epochs=3, verbose=0, shuffle=False).history["loss"], 4).tolist())
print(np.round(model.layers[0].get_weights()[0], 4).tolist())
