import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# A subclassed model holding layers in a list: save_weights then load_weights into a fresh one.
class Deep(keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = [layers.Dense(4, activation="tanh") for _ in range(2)]
        self.out = layers.Dense(1)

    def call(self, x):
        for layer in self.hidden:
            x = layer(x)
        return self.out(x)


a = Deep()
x = w(3, 5) * 2
a(x)
a.set_weights([w(*v.shape) for v in a.get_weights()])
a.save_weights("deep.weights.h5")
b = Deep()
b(x)
b.load_weights("deep.weights.h5")
print(np.allclose(a.predict(x, verbose=0), b.predict(x, verbose=0)), np.round(b.predict(x, verbose=0), 4).tolist())
